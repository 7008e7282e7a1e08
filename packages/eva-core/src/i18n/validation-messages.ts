/**
 * Wording of eva-core's own validation codes (the `params.evaCode` of custom zod issues) and of
 * the zod codes whose built-in wording would show internals. Finnish is the reference catalogue;
 * the types make a missing Swedish or English key a compile error. `{name}` is a parameter.
 */
export const validationMessagesFi = {
  date_order: "Päättymispäivä on ennen alkamispäivää.",
  duplicate_id: "Tunniste {id} on käytössä jo toisella rivillä.",
  two_baselines: "Vain yksi vaihtoehto voi olla nollavaihtoehto.",
  no_baseline: "Merkitse yksi vaihtoehdoista nollavaihtoehdoksi (mitä tapahtuu, jos mitään ei päätetä).",
  unknown_alternative: "Vaihtoehtoa {id} ei ole.",
  duplicate_rating: "Sama vaihtoehto on arvioitu samalla kriteerillä kahdesti.",
  duplicate_year: "Vuosi {year} on taulukossa kahdesti.",
  level_above_scale: "Taso {value} on suurempi kuin asteikon suurin taso {max}.",
  screening_reason_required: "Kirjaa perustelu, miksi vaikutusten arviointia ei tehdä.",
  confidential_reason_required: "Kirjaa salassapidon peruste (julkisuuslaki 24 §).",
  required_text: "Tämä tieto puuttuu: täytä kenttä.",
  bands_not_covering: "Riskitasojen on katettava luvut 1–{max} aukoitta ja päällekkäisyyksittä.",
  empty_case_id: "Diaarinumero puuttuu.",
  control_character:
    "Tunnisteessa on ohjausmerkki (kuten rivinvaihto, sarkain tai näkymätön merkki). Poista se.",
  invalid_type: "Arvo on väärää tyyppiä (odotettiin: {expected}).",
  invalid_format: "Arvon muoto ei kelpaa.",
  invalid_date: "Anna päivämäärä muodossa VVVV-KK-PP.",
  invalid_email: "Sähköpostiosoite ei kelpaa.",
  invalid_union: "Arvo ei ole mikään sallituista vaihtoehdoista.",
  invalid_rating: "Arvion on oltava kokonaisluku −3…+3 tai ”ei arvioitu”.",
} as const;

export type ValidationMessageKey = keyof typeof validationMessagesFi;
type Catalogue = { readonly [K in ValidationMessageKey]: string };

export const validationMessagesSv: Catalogue = {
  date_order: "Slutdatumet är före startdatumet.",
  duplicate_id: "Identifieraren {id} används redan på en annan rad.",
  two_baselines: "Endast ett alternativ kan vara nollalternativet.",
  no_baseline: "Markera ett av alternativen som nollalternativ (vad som händer om inget beslutas).",
  unknown_alternative: "Alternativet {id} finns inte.",
  duplicate_rating: "Samma alternativ har bedömts två gånger med samma kriterium.",
  duplicate_year: "Året {year} finns två gånger i tabellen.",
  level_above_scale: "Nivån {value} är större än skalans högsta nivå {max}.",
  screening_reason_required: "Ange varför ingen konsekvensbedömning görs.",
  confidential_reason_required: "Ange grunden för sekretess (offentlighetslagen 24 §).",
  required_text: "Uppgiften saknas: fyll i fältet.",
  bands_not_covering: "Risknivåerna ska täcka talen 1–{max} utan luckor eller överlappningar.",
  empty_case_id: "Diarienumret saknas.",
  control_character:
    "Identifieraren innehåller ett styrtecken (som radbrytning, tabb eller osynligt tecken). Ta bort det.",
  invalid_type: "Värdet är av fel typ (förväntat: {expected}).",
  invalid_format: "Värdets format duger inte.",
  invalid_date: "Ange datumet i formen ÅÅÅÅ-MM-DD.",
  invalid_email: "E-postadressen duger inte.",
  invalid_union: "Värdet är inte något av de tillåtna alternativen.",
  invalid_rating: "Bedömningen ska vara ett heltal −3…+3 eller ”inte bedömd”.",
};

export const validationMessagesEn: Catalogue = {
  date_order: "The end date is before the start date.",
  duplicate_id: "The id {id} is already used on another row.",
  two_baselines: "Only one alternative can be the baseline.",
  no_baseline: "Mark one alternative as the baseline (what happens if nothing is decided).",
  unknown_alternative: "There is no alternative {id}.",
  duplicate_rating: "The same alternative is rated twice on the same criterion.",
  duplicate_year: "The year {year} is in the table twice.",
  level_above_scale: "Level {value} is above the scale's highest level {max}.",
  screening_reason_required: "Record why no impact assessment is made.",
  confidential_reason_required:
    "Record the legal ground for confidentiality (Act on the Openness of Government Activities, s. 24).",
  required_text: "This information is missing: fill in the field.",
  bands_not_covering: "The risk bands must cover 1–{max} without gaps or overlaps.",
  empty_case_id: "The case id (diaarinumero) is missing.",
  control_character:
    "The identifier contains a control character (such as a line break, a tab or an invisible character). Remove it.",
  invalid_type: "The value has the wrong type (expected: {expected}).",
  invalid_format: "The value's format is not valid.",
  invalid_date: "Give the date as YYYY-MM-DD.",
  invalid_email: "The e-mail address is not valid.",
  invalid_union: "The value is none of the allowed options.",
  invalid_rating: "A rating is a whole number from −3 to +3, or “not assessed”.",
};

export const validationMessages = {
  fi: validationMessagesFi,
  sv: validationMessagesSv,
  en: validationMessagesEn,
} as const;
