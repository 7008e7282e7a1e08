import { type FieldError, toJsonPointer } from "eva-core";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { type Locale, localeOf } from "./locale.js";
import {
  type DetailKey,
  detailText,
  type FieldKey,
  fieldText,
  type MessageParams,
} from "./problem-messages.js";

/** The titles of the problems the API answers, in fi, sv and en (RFC 9457 `title`). */
const titles: Record<string, Record<Locale, string>> = {
  "validation-failed": { fi: "Tiedot eivät kelpaa", sv: "Uppgifterna godtas inte", en: "Validation failed" },
  "malformed-json": { fi: "Pyynnön JSON ei kelpaa", sv: "Begärans JSON är ogiltig", en: "Malformed JSON" },
  "malformed-uri": {
    fi: "Osoitteen prosenttikoodaus on virheellinen",
    sv: "Adressens procentkodning är felaktig",
    en: "Malformed percent-encoding in the URL",
  },
  "unsupported-media-type": {
    fi: "Sisältötyyppiä ei tueta",
    sv: "Innehållstypen stöds inte",
    en: "Unsupported media type",
  },
  "payload-too-large": { fi: "Pyyntö on liian suuri", sv: "Begäran är för stor", en: "Payload too large" },
  unauthorized: { fi: "Tunnistautuminen puuttuu", sv: "Autentisering saknas", en: "Unauthorized" },
  forbidden: { fi: "Ei oikeutta", sv: "Ingen behörighet", en: "Forbidden" },
  "not-found": { fi: "Ei löydy", sv: "Hittas inte", en: "Not found" },
  "method-not-allowed": {
    fi: "Menetelmä ei ole sallittu",
    sv: "Metoden är inte tillåten",
    en: "Method not allowed",
  },
  conflict: { fi: "Ristiriita", sv: "Konflikt", en: "Conflict" },
  "idempotency-key-reused": {
    fi: "Idempotency-Key on jo käytetty toiseen pyyntöön",
    sv: "Idempotency-Key har redan använts för en annan begäran",
    en: "Idempotency-Key already used for another request",
  },
  "precondition-required": { fi: "If-Match puuttuu", sv: "If-Match saknas", en: "Precondition required" },
  "precondition-failed": {
    fi: "Joku muu on muuttanut tietoja",
    sv: "Någon annan har ändrat uppgifterna",
    en: "Precondition failed: the resource has changed",
  },
  "not-submittable": {
    fi: "Arviointi on keskeneräinen",
    sv: "Bedömningen är ofullständig",
    en: "The assessment is not complete",
  },
  "invalid-state": {
    fi: "Toiminto ei ole mahdollinen tässä tilassa",
    sv: "Åtgärden är inte möjlig i detta läge",
    en: "Not allowed in this state",
  },
  "too-many-requests": { fi: "Liian monta pyyntöä", sv: "För många förfrågningar", en: "Too many requests" },
  "four-eyes": {
    fi: "Hyväksyjä ei voi olla arvioinnin valmistelija",
    sv: "Den som godkänner kan inte vara den som berett bedömningen",
    en: "The approver cannot be the assessment's preparer",
  },
  "service-busy": {
    fi: "Palvelu on ruuhkautunut",
    sv: "Tjänsten är överbelastad",
    en: "Service busy",
  },
  "internal-error": { fi: "Palvelinvirhe", sv: "Serverfel", en: "Internal server error" },
};

/** A problem's detail: a key of the API's catalogue (problem-messages.ts), worded in the caller's language. */
export interface Detail {
  key: DetailKey;
  params?: MessageParams;
}

/** A field error of the API's own checks: `key` words its message in the caller's language. */
export interface FieldIssue {
  path: string;
  code: string;
  key: FieldKey;
  params?: MessageParams;
}

/** Shorthand for a Detail. */
export const detail = (key: DetailKey, params: MessageParams = {}): Detail => ({ key, params });

/**
 * An error the API answers as application/problem+json. Handlers throw it; `app.onError` answers.
 * Every text in it comes from a catalogue, so the answer follows Accept-Language (fi, sv, en):
 * `detail` and FieldIssue are keys of problem-messages.ts, FieldErrors come worded from eva-core.
 */
export class ProblemError extends Error {
  override readonly name = "ProblemError";
  constructor(
    readonly status: ContentfulStatusCode,
    readonly type: keyof typeof titles | string,
    readonly detail?: Detail,
    readonly errors?: ReadonlyArray<FieldError | FieldIssue>,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ? detailText(detail.key, detail.params ?? {}, "en") : type);
  }
}

const worded = (e: FieldError | FieldIssue, locale: Locale): FieldError =>
  "key" in e ? { path: e.path, code: e.code, message: fieldText(e.key, e.params ?? {}, locale) } : e;

export function problemResponse(c: Context, p: ProblemError): Response {
  const locale = localeOf(c);
  const body: Record<string, unknown> = {
    type: `urn:eva:problem:${p.type}`,
    title: titles[p.type]?.[locale] ?? p.type,
    status: p.status,
    ...(p.detail ? { detail: detailText(p.detail.key, p.detail.params ?? {}, locale) } : {}),
    ...(p.errors ? { errors: p.errors.map((e) => worded(e, locale)) } : {}),
    ...p.extra,
    instance: c.req.path,
  };
  const requestId = c.get("requestId" as never) as string | undefined;
  if (requestId) body.requestId = requestId;
  return new Response(JSON.stringify(body), {
    status: p.status,
    headers: {
      "content-type": "application/problem+json; charset=utf-8",
      // a new Response does not carry what the requestId middleware set on the context's
      ...(requestId ? { "X-Request-Id": requestId } : {}),
      ...p.headers,
    },
  });
}

/** eva-core's refusal to compute (EvaError) as a field issue: its code and path, worded here. */
export const evaErrorIssue = (e: { code: string; path: ReadonlyArray<string | number> }): FieldIssue => ({
  path: toJsonPointer(e.path),
  code: e.code,
  key: "eva_error",
  params: { reason: e.code },
});
