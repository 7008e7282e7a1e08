import { type EvaErrorCode, validationMessages } from "eva-core";
import type { Locale } from "./locale.js";

/**
 * The wording of the API's own problem details and field errors, in fi, sv and en. Finnish is the
 * reference catalogue; the types make a missing Swedish or English key a compile error. `{name}`
 * is a parameter; a parameter named `status` or `expected` is an assessment status and is
 * translated too. eva-core's catalogues word the schema's own issues and the findings.
 */
const detailsFi = {
  unauthorized: "Lähetä voimassa oleva tunniste: Authorization: Bearer <tunniste>.",
  "too-many-requests": "Yritä uudelleen {retry} sekunnin kuluttua.",
  "unsupported-media-type": "Lähetä application/json (tai PATCH-pyynnössä application/merge-patch+json).",
  "payload-too-large": "Pyynnön runko on yli 1 MiB.",
  "malformed-json": "Pyynnön runko ei ole kelvollista JSONia.",
  "needs-role": "Tähän tarvitaan rooli {roles}.",
  "precondition-required": "Lähetä lukemasi ETag If-Match-otsakkeessa.",
  "precondition-failed":
    "Tietoja on muutettu sen jälkeen, kun luit ne. Lataa ne uudelleen ja tee muutoksesi uudestaan.",
  "no-such-path": "Osoitetta {path} ei ole.",
  "method-not-allowed": "Menetelmä {method} ei käy tähän osoitteeseen. Sallitut: {allowed}.",
  "no-assessment": "Arviointia {id} ei ole.",
  "no-strategy": "Strategiaa ei ole.",
  "no-strategy-version": "Strategian versiota ei ole.",
  "no-public-assessment": "Julkista arviointia ei ole.",
  "strategy-exists": "Strategia {id} on jo olemassa; tallenna uusi versio PUT-pyynnöllä.",
  "strategy-version-missing": "Strategian {id} versio {version} puuttuu.",
  "only-draft-editable": "Arviointi on tilassa {status}; vain luonnosta voi muokata.",
  "wrong-status": "Arviointi on tilassa {status}, ei {expected}.",
  "attachment-needs-approval": "Liite on vain hyväksytyllä arvioinnilla.",
  "follow-up-needs-approval": "Jälkiarviointi kirjataan hyväksytylle arvioinnille.",
  "not-complete": "Arviointi on vielä keskeneräinen.",
  "fix-errors-first": "Korjaa virheet ennen kuin lähetät arvioinnin hyväksyttäväksi.",
  "cannot-evaluate": "Arviointia ei voi laskea näillä tiedoilla.",
  "service-busy": "Liian monta laskentaa odottaa vuoroaan. Yritä uudelleen {retry} sekunnin kuluttua.",
  "malformed-uri": "Osoitteen prosenttikoodaus on virheellinen (esim. %ZZ tai yksinäinen %).",
  "four-eyes":
    "Arvioinnin laatija tai hyväksyttäväksi lähettäjä ei voi hyväksyä sitä: hyväksyjän on oltava toinen henkilö (neljän silmän periaate, EVA_FOUR_EYES).",
  "idempotency-other-caller":
    "Tätä Idempotency-Key-avainta on käyttänyt toinen käyttäjä. Käytä uudessa pyynnössä uutta avainta.",
  "idempotency-other-body":
    "Tätä Idempotency-Key-avainta on käytetty toisenlaisen pyynnön kanssa. Käytä uudessa pyynnössä uutta avainta.",
  "idempotency-in-progress":
    "Pyyntöä tällä Idempotency-Key-avaimella käsitellään yhä. Yritä hetken päästä uudelleen.",
  "version-never-approved": "Versiota {version} ei ole koskaan hyväksytty.",
  "no-webhook": "Webhook-osoitetta {id} ei ole.",
  "no-delivery": "Toimitusta {id} ei ole.",
  "internal-error": "Palvelimella tapahtui virhe. Pyynnön tunniste (requestId) yksilöi sen lokissa.",
} as const;

export type DetailKey = keyof typeof detailsFi;
type Details = { readonly [K in DetailKey]: string };

const detailsSv: Details = {
  unauthorized: "Skicka en giltig nyckel: Authorization: Bearer <nyckel>.",
  "too-many-requests": "Försök igen om {retry} sekunder.",
  "unsupported-media-type": "Skicka application/json (eller application/merge-patch+json i PATCH).",
  "payload-too-large": "Begärans innehåll är över 1 MiB.",
  "malformed-json": "Begärans innehåll är inte giltig JSON.",
  "needs-role": "Detta kräver rollen {roles}.",
  "precondition-required": "Skicka den ETag du läste i rubriken If-Match.",
  "precondition-failed":
    "Uppgifterna har ändrats sedan du läste dem. Ladda dem på nytt och gör din ändring igen.",
  "no-such-path": "Adressen {path} finns inte.",
  "method-not-allowed": "Metoden {method} går inte att använda här. Tillåtna: {allowed}.",
  "no-assessment": "Bedömningen {id} finns inte.",
  "no-strategy": "Strategin finns inte.",
  "no-strategy-version": "Strategiversionen finns inte.",
  "no-public-assessment": "Den offentliga bedömningen finns inte.",
  "strategy-exists": "Strategin {id} finns redan; spara en ny version med PUT.",
  "strategy-version-missing": "Version {version} av strategin {id} saknas.",
  "only-draft-editable": "Bedömningen är {status}; bara ett utkast kan redigeras.",
  "wrong-status": "Bedömningen är {status}, inte {expected}.",
  "attachment-needs-approval": "Endast en godkänd bedömning har en bilaga.",
  "follow-up-needs-approval": "Uppföljningen registreras för en godkänd bedömning.",
  "not-complete": "Bedömningen är ännu inte färdig.",
  "fix-errors-first": "Rätta felen innan du skickar bedömningen för godkännande.",
  "cannot-evaluate": "Bedömningen kan inte beräknas med dessa uppgifter.",
  "service-busy": "För många beräkningar väntar på sin tur. Försök igen om {retry} sekunder.",
  "malformed-uri": "Adressens procentkodning är felaktig (t.ex. %ZZ eller ett ensamt %).",
  "four-eyes":
    "Den som har skapat bedömningen eller skickat den för godkännande kan inte godkänna den: en annan person måste godkänna (fyraögonsprincipen, EVA_FOUR_EYES).",
  "idempotency-other-caller":
    "Denna Idempotency-Key har använts av en annan användare. Använd en ny nyckel för en ny begäran.",
  "idempotency-other-body":
    "Denna Idempotency-Key har använts med en annan begäran. Använd en ny nyckel för en ny begäran.",
  "idempotency-in-progress": "En begäran med denna Idempotency-Key behandlas ännu. Försök igen om en stund.",
  "version-never-approved": "Version {version} har aldrig godkänts.",
  "no-webhook": "Webhook-adressen {id} finns inte.",
  "no-delivery": "Leveransen {id} finns inte.",
  "internal-error": "Ett fel inträffade på servern. Begärans id (requestId) identifierar det i loggen.",
};

const detailsEn: Details = {
  unauthorized: "Send a valid token: Authorization: Bearer <token>.",
  "too-many-requests": "Try again in {retry} s.",
  "unsupported-media-type": "Send application/json (or application/merge-patch+json for PATCH).",
  "payload-too-large": "The request body is over 1 MiB.",
  "malformed-json": "The body is not valid JSON.",
  "needs-role": "This needs the role {roles}.",
  "precondition-required": "Send the ETag you read in If-Match.",
  "precondition-failed": "It has changed since you read it. Reload it and apply your change again.",
  "no-such-path": "No such resource: {path}",
  "method-not-allowed": "{method} is not allowed here. Allowed: {allowed}.",
  "no-assessment": "No assessment {id}.",
  "no-strategy": "No such strategy.",
  "no-strategy-version": "No such strategy version.",
  "no-public-assessment": "No such public assessment.",
  "strategy-exists": "A strategy {id} exists; PUT a new version instead.",
  "strategy-version-missing": "The strategy {id} version {version} is missing.",
  "only-draft-editable": "The assessment is {status}; only a draft can be edited.",
  "wrong-status": "The assessment is {status}, not {expected}.",
  "attachment-needs-approval": "Only an approved assessment has an attachment.",
  "follow-up-needs-approval": "Follow-ups are recorded for approved assessments.",
  "not-complete": "The assessment is not complete yet.",
  "fix-errors-first": "Fix the errors before submitting.",
  "cannot-evaluate": "The assessment cannot be evaluated with these data.",
  "service-busy": "Too many evaluations are waiting: try again in {retry} s.",
  "malformed-uri": "The URL has malformed percent-encoding (e.g. %ZZ or a lone %).",
  "four-eyes":
    "Whoever created or submitted the assessment may not approve it: another approver must (the four-eyes rule, EVA_FOUR_EYES).",
  "idempotency-other-caller":
    "This Idempotency-Key was used by another user: use a new key for a new request.",
  "idempotency-other-body":
    "This Idempotency-Key was used with another request body: use a new key for a new request.",
  "idempotency-in-progress":
    "A request with this Idempotency-Key is still being processed: retry it in a moment.",
  "version-never-approved": "Version {version} was never approved.",
  "no-webhook": "No webhook endpoint {id}.",
  "no-delivery": "No delivery {id}.",
  "internal-error": "Something went wrong on our side. The request id identifies it in the log.",
};

/** Field errors of the API's own checks (the code is the stable `code` of errors[]). */
const fieldsFi = {
  wrong_organization: "Asia kuuluu toiselle organisaatiolle; käytä omaasi ({organization}).",
  unknown_strategy: "Strategiaa {id} ei ole.",
  unknown_strategy_version: "Strategiasta {id} ei ole versiota {version}.",
  date_order: validationMessages.fi.date_order,
  merge_patch_object: "Yhdistämispaikkaus (JSON Merge Patch) on JSON-olio.",
  eva_error: "Arviointia ei voi laskea: {reason}.",
  webhook_url_invalid: "Osoite ei kelpaa (täydellinen URL ilman käyttäjätunnusta ja #-osaa).",
  webhook_url_https:
    "Webhook-osoitteen on oltava https (http käy vain EVA_WEBHOOK_ALLOWED_HOSTS-listan osoitteisiin).",
  webhook_url_not_allowed:
    "Webhookit menevät vain EVA_WEBHOOK_ALLOWED_HOSTS-listan osoitteisiin (EVA_WEBHOOK_PUBLIC=false).",
  webhook_url_private:
    "Osoite johtaa yksityiseen, paikalliseen tai metatieto-osoitteeseen; webhookit menevät vain julkisiin osoitteisiin.",
  webhook_url_unresolvable: "Osoitteen palvelinnimeä ei löydy nimipalvelusta.",
} as const;
export type FieldKey = keyof typeof fieldsFi;
type Fields = { readonly [K in FieldKey]: string };

const fieldsSv: Fields = {
  wrong_organization: "Ärendet hör till en annan organisation; använd din egen ({organization}).",
  unknown_strategy: "Strategin {id} finns inte.",
  unknown_strategy_version: "Strategin {id} har ingen version {version}.",
  date_order: validationMessages.sv.date_order,
  merge_patch_object: "En sammanslagningspatch (JSON Merge Patch) är ett JSON-objekt.",
  eva_error: "Bedömningen kan inte beräknas: {reason}.",
  webhook_url_invalid: "Adressen duger inte (en fullständig URL utan användarnamn och #-del).",
  webhook_url_https:
    "Webhook-adressen ska vara https (http går bara till värdar i EVA_WEBHOOK_ALLOWED_HOSTS).",
  webhook_url_not_allowed:
    "Webhooks går bara till värdar i EVA_WEBHOOK_ALLOWED_HOSTS (EVA_WEBHOOK_PUBLIC=false).",
  webhook_url_private:
    "Adressen leder till en privat, lokal eller metadataadress; webhooks går bara till publika adresser.",
  webhook_url_unresolvable: "Adressens värdnamn finns inte i namntjänsten.",
};

const fieldsEn: Fields = {
  wrong_organization: "The case belongs to another organization; use yours ({organization}).",
  unknown_strategy: "No strategy {id}.",
  unknown_strategy_version: "No version {version} of the strategy {id}.",
  date_order: validationMessages.en.date_order,
  merge_patch_object: "A merge patch (JSON Merge Patch) is a JSON object.",
  eva_error: "The assessment cannot be evaluated: {reason}.",
  webhook_url_invalid: "Not a usable URL (a full URL without user name and #fragment).",
  webhook_url_https: "A webhook URL must be https (http only to hosts in EVA_WEBHOOK_ALLOWED_HOSTS).",
  webhook_url_not_allowed:
    "Webhooks go only to the hosts in EVA_WEBHOOK_ALLOWED_HOSTS (EVA_WEBHOOK_PUBLIC=false).",
  webhook_url_private:
    "The URL leads to a private, local or metadata address; webhooks go to public addresses only.",
  webhook_url_unresolvable: "The URL's host name is not in the DNS.",
};

/** Why eva-core refused to compute (EvaError codes, as the API can meet them), for eva_error. */
const evaReasons: Record<Locale, Record<EvaErrorCode, string>> = {
  fi: {
    empty_input: "tiedot puuttuvat",
    ragged_matrix: "taulukon rivit ovat eripituisia",
    not_finite: "luku ei ole äärellinen",
    negative_weight: "paino on negatiivinen",
    zero_weights: "kaikki painot ovat nollia",
    length_mismatch: "luetteloiden pituudet eivät täsmää",
    invalid_direction: "suunta ei kelpaa",
    not_square: "vertailumatriisi ei ole neliö",
    not_reciprocal: "vertailumatriisi ei ole käänteissymmetrinen",
    not_positive: "arvon on oltava positiivinen",
    size_out_of_range: "koko on sallitun alueen ulkopuolella",
    out_of_range: "arvo on sallitun alueen ulkopuolella",
    invalid_option: "asetus ei kelpaa",
    invalid_scale: "asteikko ei kelpaa",
    invalid_assessment: "arviointi ei kelpaa",
    invalid_strategy: "strategia ei kelpaa",
    unknown_reference: "viittaus kohteeseen, jota ei ole",
    duplicate_id: "sama tunniste on kahdesti",
    empty_weight_set: "painoille annetut rajat ja järjestys sulkevat toisensa pois",
    negative_cost: "kustannus on negatiivinen",
  },
  sv: {
    empty_input: "uppgifterna saknas",
    ragged_matrix: "tabellens rader är olika långa",
    not_finite: "talet är inte ändligt",
    negative_weight: "en vikt är negativ",
    zero_weights: "alla vikter är noll",
    length_mismatch: "listornas längder stämmer inte",
    invalid_direction: "riktningen duger inte",
    not_square: "jämförelsematrisen är inte kvadratisk",
    not_reciprocal: "jämförelsematrisen är inte reciprok",
    not_positive: "värdet ska vara positivt",
    size_out_of_range: "storleken är utanför det tillåtna",
    out_of_range: "värdet är utanför det tillåtna",
    invalid_option: "inställningen duger inte",
    invalid_scale: "skalan duger inte",
    invalid_assessment: "bedömningen duger inte",
    invalid_strategy: "strategin duger inte",
    unknown_reference: "en hänvisning till något som inte finns",
    duplicate_id: "samma id förekommer två gånger",
    empty_weight_set: "vikternas gränser och ordning utesluter varandra",
    negative_cost: "kostnaden är negativ",
  },
  en: {
    empty_input: "the input is empty",
    ragged_matrix: "the table's rows differ in length",
    not_finite: "a number is not finite",
    negative_weight: "a weight is negative",
    zero_weights: "all weights are zero",
    length_mismatch: "the lists' lengths do not match",
    invalid_direction: "a direction is not valid",
    not_square: "the comparison matrix is not square",
    not_reciprocal: "the comparison matrix is not reciprocal",
    not_positive: "a value must be positive",
    size_out_of_range: "a size is out of range",
    out_of_range: "a value is out of range",
    invalid_option: "an option is not valid",
    invalid_scale: "the scale is not valid",
    invalid_assessment: "the assessment is not valid",
    invalid_strategy: "the strategy is not valid",
    unknown_reference: "a reference to something that does not exist",
    duplicate_id: "the same id appears twice",
    empty_weight_set: "the bounds and the order given for the weights exclude each other",
    negative_cost: "the cost is negative",
  },
};

const statusNames: Record<Locale, Record<string, string>> = {
  fi: { draft: "luonnos", submitted: "lähetetty hyväksyttäväksi", approved: "hyväksytty" },
  sv: { draft: "ett utkast", submitted: "skickad för godkännande", approved: "godkänd" },
  en: { draft: "a draft", submitted: "submitted", approved: "approved" },
};

const details: Record<Locale, Details> = { fi: detailsFi, sv: detailsSv, en: detailsEn };
const fields: Record<Locale, Fields> = { fi: fieldsFi, sv: fieldsSv, en: fieldsEn };

export type MessageParams = Readonly<Record<string, string | number>>;

function fill(template: string, params: MessageParams, locale: Locale): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = params[k];
    if (v === undefined) return "";
    if (k === "status" || k === "expected") return statusNames[locale][String(v)] ?? String(v);
    if (k === "reason") return evaReasons[locale][v as EvaErrorCode] ?? String(v);
    return String(v);
  });
}

/** A problem's `detail` in the request's language. */
export const detailText = (key: DetailKey, params: MessageParams, locale: Locale) =>
  fill(details[locale][key], params, locale);

/** A field error's `message` in the request's language. */
export const fieldText = (key: FieldKey, params: MessageParams, locale: Locale) =>
  fill(fields[locale][key], params, locale);

/** The catalogues, for the test that every key has all three languages and the same parameters. */
export const problemCatalogues = { details, fields };
