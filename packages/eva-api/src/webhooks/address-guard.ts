import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

/**
 * Where webhooks may go (SSRF, API.md "Additions"): https to hosts that resolve to public
 * addresses only; `allowedHosts` (EVA_WEBHOOK_ALLOWED_HOSTS) also allows http and private
 * addresses for exactly those hosts; `publicDelivery: false` (EVA_WEBHOOK_PUBLIC=false, every
 * test, fuzz and load run) allows the listed hosts only. The check runs on the addresses a name
 * resolves to, at registration and again at every delivery (the connection uses those very
 * addresses: deliver.ts), so a name that later resolves to 10.x is refused too.
 */
export interface WebhookPolicy {
  allowedHosts: readonly string[];
  publicDelivery: boolean;
  /** the addresses of a host name; default the system resolver (tests give their own) */
  resolve?: (host: string) => Promise<string[]>;
}

/** Why a URL is refused: the key of its message (problem-messages.ts). */
export type UrlRefusal =
  | "webhook_url_invalid"
  | "webhook_url_https"
  | "webhook_url_not_allowed"
  | "webhook_url_private"
  | "webhook_url_unresolvable";

// not public: RFC 6890 special-purpose ranges, private, loopback, link-local (with the cloud
// metadata address 169.254.169.254), CGNAT (Alibaba's metadata 100.100.100.200), multicast
const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  blocked.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96],
  ["64:ff9b:1::", 48],
  ["100::", 64],
  ["2001::", 23],
  ["2001:db8::", 32],
  ["2002::", 16],
  ["fc00::", 7], // unique local, with AWS's metadata fd00:ec2::254
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
] as const)
  blocked.addSubnet(net, prefix, "ipv6");

/** Whether an IP address (v4 or v6, a v4-mapped v6 as its v4) is one webhooks may not go to. */
export function isNonPublicAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1];
  if (mapped) return blocked.check(mapped, "ipv4");
  const family = isIP(ip);
  if (family === 0) return true;
  return blocked.check(ip, family === 4 ? "ipv4" : "ipv6");
}

/** A URL's host as the allow-list names it: lower case, an IPv6 address without brackets. */
export const hostOf = (url: URL) => url.hostname.toLowerCase().replace(/^\[|\]$/g, "");

const isAllowed = (host: string, policy: WebhookPolicy) =>
  policy.allowedHosts.some(
    (h) =>
      h
        .trim()
        .toLowerCase()
        .replace(/^\[|\]$/g, "") === host,
  );

/** What may be said of a URL before resolving it: its scheme and the allow-list. */
export function urlRefusal(text: string, policy: WebhookPolicy): UrlRefusal | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "webhook_url_invalid";
  }
  if (url.username || url.password || url.hash) return "webhook_url_invalid";
  const allowed = isAllowed(hostOf(url), policy);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && allowed)) return "webhook_url_https";
  if (!allowed && !policy.publicDelivery) return "webhook_url_not_allowed";
  return null;
}

/** Refusal of a host's resolved addresses: any that is not public, unless the host is allow-listed. */
export function addressesRefusal(
  host: string,
  addresses: readonly string[],
  policy: WebhookPolicy,
): UrlRefusal | null {
  if (isAllowed(host, policy)) return null;
  if (addresses.length === 0) return "webhook_url_unresolvable";
  return addresses.some(isNonPublicAddress) ? "webhook_url_private" : null;
}

/** The addresses of a URL's host (an IP literal is its own), by the policy's resolver. */
export async function resolveHost(host: string, policy: WebhookPolicy): Promise<string[]> {
  if (isIP(host)) return [host];
  try {
    if (policy.resolve) return await policy.resolve(host);
    return (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    return [];
  }
}

/** The whole check of a URL: null if webhooks may go there now, else why not. */
export async function checkWebhookUrl(text: string, policy: WebhookPolicy): Promise<UrlRefusal | null> {
  const first = urlRefusal(text, policy);
  if (first) return first;
  const host = hostOf(new URL(text));
  if (isAllowed(host, policy)) return null;
  return addressesRefusal(host, await resolveHost(host, policy), policy);
}
