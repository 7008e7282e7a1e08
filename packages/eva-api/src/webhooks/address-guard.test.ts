import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addressesRefusal, checkWebhookUrl, isNonPublicAddress, urlRefusal } from "./address-guard.js";

// The SSRF guard as a function on resolved addresses (issue 22): no test connects anywhere.

const open = { allowedHosts: [], publicDelivery: true };

describe("isNonPublicAddress", () => {
  it.each([
    "10.0.0.1",
    "10.255.255.255",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "127.0.0.1",
    "127.0.0.2",
    "0.0.0.0",
    "169.254.169.254", // AWS, GCP, Azure metadata
    "100.100.100.200", // Alibaba metadata
    "100.64.0.1",
    "224.0.0.1",
    "255.255.255.255",
    "::",
    "::1",
    "fc00::1",
    "fd00:ec2::254", // AWS metadata over IPv6
    "fe80::1",
    "ff02::1",
    "::ffff:10.0.0.1",
    "::ffff:127.0.0.1",
    "::ffff:169.254.169.254",
    "[::1]",
    "fe80::1%eth0",
    "not an address",
  ])("refuses %s", (ip) => {
    expect(isNonPublicAddress(ip)).toBe(true);
  });

  it.each(["93.184.215.14", "8.8.8.8", "172.32.0.1", "11.0.0.1", "2606:4700::1111", "::ffff:8.8.8.8"])(
    "lets %s through",
    (ip) => {
      expect(isNonPublicAddress(ip)).toBe(false);
    },
  );

  it("refuses every address in 10.0.0.0/8 and fc00::/7 (property)", () => {
    const byte = fc.integer({ min: 0, max: 255 });
    fc.assert(fc.property(byte, byte, byte, (a, b, c) => isNonPublicAddress(`10.${a}.${b}.${c}`)));
    fc.assert(
      fc.property(fc.integer({ min: 0xfc00, max: 0xfdff }), fc.integer({ min: 0, max: 0xffff }), (a, b) =>
        isNonPublicAddress(`${a.toString(16)}:${b.toString(16)}::1`),
      ),
    );
  });
});

describe("a webhook URL", () => {
  it("must be https unless its host is allow-listed", () => {
    expect(urlRefusal("http://eva-hooks.example/x", open)).toBe("webhook_url_https");
    expect(urlRefusal("https://eva-hooks.example/x", open)).toBeNull();
    expect(urlRefusal("http://127.0.0.1:8080/x", { ...open, allowedHosts: ["127.0.0.1"] })).toBeNull();
    expect(urlRefusal("ftp://eva-hooks.example/x", open)).toBe("webhook_url_https");
  });

  it("goes to allow-listed hosts only when public delivery is off (EVA_WEBHOOK_PUBLIC=false)", () => {
    const closed = { allowedHosts: ["LocalHost", " 127.0.0.1 "], publicDelivery: false };
    expect(urlRefusal("https://eva-hooks.example/x", closed)).toBe("webhook_url_not_allowed");
    expect(urlRefusal("http://localhost:1/x", closed)).toBeNull();
    expect(urlRefusal("http://127.0.0.1:1/x", closed)).toBeNull();
    expect(urlRefusal("http://127.0.0.2:1/x", closed)).toBe("webhook_url_https");
  });

  it("is refused when any address its host resolves to is not public, unless the host is allow-listed", () => {
    expect(addressesRefusal("eva-hooks.example", ["93.184.215.14"], open)).toBeNull();
    expect(addressesRefusal("eva-hooks.example", ["93.184.215.14", "10.0.0.5"], open)).toBe(
      "webhook_url_private",
    );
    expect(addressesRefusal("eva-hooks.example", [], open)).toBe("webhook_url_unresolvable");
    expect(addressesRefusal("hooks.lan", ["10.0.0.5"], { ...open, allowedHosts: ["hooks.lan"] })).toBeNull();
  });

  it("is checked on what the resolver says", async () => {
    const policy = { ...open, resolve: async () => ["169.254.169.254"] };
    expect(await checkWebhookUrl("https://metadata.example/latest", policy)).toBe("webhook_url_private");
    expect(await checkWebhookUrl("https://10.1.1.1/x", open)).toBe("webhook_url_private");
  });
});
