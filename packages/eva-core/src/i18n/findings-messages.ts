import type { FindingCode } from "../findings/codes.js";

/** Title and what to do, per finding code. `{name}` is a parameter of the finding. */
type Message = { readonly title: string; readonly action: string };
type Catalogue = { readonly [K in FindingCode]: Message };

export const findingMessagesFi: Catalogue = {
  missing_title: {
    title: "Otsikko puuttuu.",
    action: "Kirjoita asian otsikko niin kuin se tulee esityslistalle.",
  },
  missing_case_ref: {
    title: "Asian tunniste puuttuu.",
    action: "Valitse asianhallintajärjestelmä ja kirjoita diaarinumero.",
  },
  missing_decision_body: {
    title: "Päättävä toimielin puuttuu.",
    action: "Kirjoita, mikä toimielin päättää asiasta.",
  },
  missing_preparer: { title: "Valmistelija puuttuu.", action: "Kirjoita valmistelijan nimi." },
  missing_problem: {
    title: "Ongelman kuvaus puuttuu.",
    action: "Kerro lyhyesti, mikä ongelma päätöksellä ratkaistaan.",
  },
  missing_objective: { title: "Tavoite puuttuu.", action: "Kerro, mitä päätöksellä halutaan saavuttaa." },
  missing_screening: {
    title: "Esiarviointi puuttuu.",
    action: "Vastaa esiarvioinnin kysymyksiin ja valitse, tehdäänkö täysi vai kevyt arviointi.",
  },
  screening_reason_missing: {
    title: "Perustelu puuttuu.",
    action: "Kirjaa, miksi vaikutusten arviointia ei tarvita.",
  },
  too_few_alternatives: {
    title: "Vaihtoehtoja on liian vähän ({count}).",
    action: "Lisää vähintään kaksi vaihtoehtoa, joista yksi on nollavaihtoehto.",
  },
  no_baseline: {
    title: "Nollavaihtoehto puuttuu.",
    action: "Merkitse vaihtoehto, joka kuvaa tilannetta, jos mitään ei päätetä.",
  },
  missing_alternative_text: {
    title: "Vaihtoehdon tieto puuttuu ({field}).",
    action: "Anna vaihtoehdolle nimi ja kuvaus.",
  },
  missing_risk_title: {
    title: "Riskiltä puuttuu kuvaus ({riskId}).",
    action: "Kirjoita lyhyesti, mikä voi mennä pieleen.",
  },
  missing_participation_summary: {
    title: "Kuulemisesta puuttuu, mitä sanottiin ({n}).",
    action: "Kirjaa lyhyesti, mitä kuultavat sanoivat.",
  },
  missing_ratings: {
    title: "Arvioita puuttuu: {criterionId} ({alternatives} vaihtoehtoa).",
    action: "Arvioi jokainen vaihtoehto tällä kriteerillä tai valitse ”ei arvioitu”.",
  },
  unjustified_rating: {
    title: "Arviolta puuttuu perustelu ({criterionId}).",
    action: "Kirjoita lyhyt perustelu jokaiselle arviolle, joka ei ole 0.",
  },
  missing_recommendation: { title: "Suositus puuttuu.", action: "Valitse vaihtoehto, jota esität." },
  missing_justification: {
    title: "Suosituksen perustelu puuttuu.",
    action: "Perustele suositus selkeällä kielellä.",
  },
  confidential_without_reason: {
    title: "Salassapidon peruste puuttuu.",
    action: "Kirjaa julkisuuslain 24 §:n kohta, jonka perusteella tieto on salassa pidettävä.",
  },
  weights_override_without_reason: {
    title: "Painot poikkeavat strategian painoista ilman perustelua.",
    action: "Kirjaa, miksi painot poikkeavat kunnan oletuspainoista.",
  },
  recommended_not_best: {
    title: "Suositus ei saa parasta pistemäärää (paras: {best}).",
    action: "Kerro, miksi esität muuta kuin parhaiten pisteytettyä vaihtoehtoa.",
  },
  screening_none_but_affected: {
    title: "Esiarvioinnin mukaan asia vaikuttaa ({answers} kohtaa), mutta arviointia ei tehdä.",
    action: "Tarkista, riittääkö perustelu, vai tehdäänkö kevyt arviointi.",
  },
  not_assessed: {
    title: "Arvioimatta: {criterionId} ({alternatives} vaihtoehtoa).",
    action: "Arvioi, jos mahdollista. Arvioimatta jättäminen lisää epävarmuutta.",
  },
  unknown_criterion: {
    title: "Arvio kohdistuu tuntemattomaan kriteeriin {criterionId}.",
    action: "Poista arvio tai tarkista, onko strategia vaihtunut.",
  },
  children_not_assessed: {
    title: "Lapsivaikutukset on arvioimatta, vaikka asia koskee lapsia.",
    action: "Arvioi vaikutukset lapsiin ja nuoriin (YK:n lapsen oikeuksien sopimus 3 artikla).",
  },
  language_rights_not_assessed: {
    title: "Kielelliset oikeudet on arvioimatta.",
    action:
      "Kaksikielisessä kunnassa arvioi vaikutukset suomen- ja ruotsinkielisiin palveluihin (kielilaki).",
  },
  ahp_inconsistent: {
    title: "Parivertailut ovat ristiriitaisia (CR {cr}).",
    action: "Tarkista vertailut: johdonmukaisuussuhteen pitäisi olla enintään 0,10.",
  },
  high_risk_without_mitigation: {
    title: "Suurelta riskiltä puuttuu hallintakeino ({riskId}).",
    action: "Kirjaa, miten riskiä pienennetään, ja kuka siitä vastaa.",
  },
  costs_without_funding: {
    title: "Kustannuksilta puuttuu rahoituslähde ({alternativeId}).",
    action: "Kerro, mistä määrärahasta kustannukset katetaan.",
  },
  recommended_dominated: {
    title: "Toinen vaihtoehto ({by}) on suositusta parempi tai yhtä hyvä kaikilla kriteereillä.",
    action: "Harkitse suositusta uudelleen tai perustele se.",
  },
  winner_fragile: {
    title: "Paras vaihtoehto voi vaihtua pienellä painojen muutoksella.",
    action: "Kerro päättäjille, mistä valinta riippuu, ja tarkista epävarmat arviot.",
  },
  missing_could_change_winner: {
    title: "Arvioimattomat kohdat voivat muuttaa parhaan vaihtoehdon.",
    action: "Täydennä puuttuvat arviot ennen päätöstä.",
  },
  participation_missing: {
    title: "Osallistaminen puuttuu, vaikka asia koskee haavoittuvia ryhmiä.",
    action: "Kuule asianosaisia, esimerkiksi nuorisovaltuustoa, vanhusneuvostoa tai vammaisneuvostoa.",
  },
  no_follow_up: {
    title: "Seuranta puuttuu.",
    action: "Anna seurantapäivä ja mittarit, joilla vaikutuksia seurataan.",
  },
  follow_up_overdue: {
    title: "Jälkiarviointi on myöhässä (seurantapäivä {date}).",
    action: "Kirjaa toteutuneet vaikutukset.",
  },
  long_sentence: {
    title: "Pitkä virke ({words} sanaa).",
    action: "Jaa virke lyhyemmiksi. Tavoite on enintään {max} sanaa.",
  },
  unexplained_abbreviation: {
    title: "Lyhenne {abbreviation} on selittämättä.",
    action: "Kirjoita lyhenne auki ensimmäisellä kerralla.",
  },
  methods_disagree: {
    title: "Tarkistusmenetelmät päätyvät eri vaihtoehtoon.",
    action: "Tulos riippuu laskentatavasta. Kerro tämä päättäjille.",
  },
};

export const findingMessagesSv: Catalogue = {
  missing_title: {
    title: "Rubriken saknas.",
    action: "Skriv ärendets rubrik så som den står på föredragningslistan.",
  },
  missing_case_ref: {
    title: "Ärendets identifierare saknas.",
    action: "Välj ärendehanteringssystem och skriv diarienumret.",
  },
  missing_decision_body: {
    title: "Det beslutande organet saknas.",
    action: "Skriv vilket organ som beslutar i ärendet.",
  },
  missing_preparer: { title: "Beredaren saknas.", action: "Skriv beredarens namn." },
  missing_problem: {
    title: "Problembeskrivningen saknas.",
    action: "Beskriv kort vilket problem beslutet löser.",
  },
  missing_objective: { title: "Målet saknas.", action: "Beskriv vad beslutet ska uppnå." },
  missing_screening: {
    title: "Förhandsbedömningen saknas.",
    action: "Svara på frågorna och välj full eller lätt bedömning.",
  },
  screening_reason_missing: {
    title: "Motivering saknas.",
    action: "Ange varför ingen konsekvensbedömning behövs.",
  },
  too_few_alternatives: {
    title: "För få alternativ ({count}).",
    action: "Lägg till minst två alternativ, varav ett är nollalternativet.",
  },
  no_baseline: {
    title: "Nollalternativet saknas.",
    action: "Markera alternativet som beskriver läget om inget beslutas.",
  },
  missing_alternative_text: {
    title: "Uppgift om alternativet saknas ({field}).",
    action: "Ge alternativet ett namn och en beskrivning.",
  },
  missing_risk_title: {
    title: "Risken saknar en beskrivning ({riskId}).",
    action: "Skriv kort vad som kan gå fel.",
  },
  missing_participation_summary: {
    title: "Det saknas vad som sades vid hörandet ({n}).",
    action: "Anteckna kort vad de hörda sade.",
  },
  missing_ratings: {
    title: "Bedömningar saknas: {criterionId} ({alternatives} alternativ).",
    action: "Bedöm varje alternativ med detta kriterium eller välj ”inte bedömd”.",
  },
  unjustified_rating: {
    title: "Bedömningen saknar motivering ({criterionId}).",
    action: "Skriv en kort motivering för varje bedömning som inte är 0.",
  },
  missing_recommendation: { title: "Rekommendationen saknas.", action: "Välj det alternativ du föreslår." },
  missing_justification: {
    title: "Motiveringen till rekommendationen saknas.",
    action: "Motivera rekommendationen på klarspråk.",
  },
  confidential_without_reason: {
    title: "Sekretessgrunden saknas.",
    action: "Ange punkten i offentlighetslagen 24 § som sekretessen grundar sig på.",
  },
  weights_override_without_reason: {
    title: "Vikterna avviker från strategins vikter utan motivering.",
    action: "Ange varför vikterna avviker från kommunens standardvikter.",
  },
  recommended_not_best: {
    title: "Rekommendationen får inte högst poäng (bäst: {best}).",
    action: "Förklara varför du föreslår ett annat alternativ än det som fick högst poäng.",
  },
  screening_none_but_affected: {
    title: "Enligt förhandsprövningen påverkar ärendet ({answers} punkter), men ingen bedömning görs.",
    action: "Kontrollera att motiveringen räcker, eller gör en lätt bedömning.",
  },
  not_assessed: {
    title: "Inte bedömt: {criterionId} ({alternatives} alternativ).",
    action: "Bedöm om möjligt. Det som inte bedöms ökar osäkerheten.",
  },
  unknown_criterion: {
    title: "Bedömningen gäller ett okänt kriterium {criterionId}.",
    action: "Ta bort bedömningen eller kontrollera om strategin har ändrats.",
  },
  children_not_assessed: {
    title: "Konsekvenserna för barn är inte bedömda, fast ärendet gäller barn.",
    action: "Bedöm konsekvenserna för barn och unga (FN:s barnkonvention artikel 3).",
  },
  language_rights_not_assessed: {
    title: "De språkliga rättigheterna är inte bedömda.",
    action:
      "I en tvåspråkig kommun ska konsekvenserna för service på finska och svenska bedömas (språklagen).",
  },
  ahp_inconsistent: {
    title: "Parvisa jämförelser är motstridiga (CR {cr}).",
    action: "Kontrollera jämförelserna: konsistenskvoten bör vara högst 0,10.",
  },
  high_risk_without_mitigation: {
    title: "En stor risk saknar åtgärd ({riskId}).",
    action: "Ange hur risken minskas och vem som ansvarar.",
  },
  costs_without_funding: {
    title: "Kostnaderna saknar finansieringskälla ({alternativeId}).",
    action: "Ange vilket anslag som täcker kostnaderna.",
  },
  recommended_dominated: {
    title: "Ett annat alternativ ({by}) är bättre eller lika bra på alla kriterier.",
    action: "Överväg rekommendationen på nytt eller motivera den.",
  },
  winner_fragile: {
    title: "Det bästa alternativet kan ändras av en liten ändring i vikterna.",
    action: "Berätta för beslutsfattarna vad valet beror på och kontrollera osäkra bedömningar.",
  },
  missing_could_change_winner: {
    title: "Det som inte bedömts kan ändra det bästa alternativet.",
    action: "Komplettera bedömningarna före beslutet.",
  },
  participation_missing: {
    title: "Delaktighet saknas fast ärendet gäller sårbara grupper.",
    action:
      "Hör de berörda, till exempel ungdomsfullmäktige, äldrerådet eller rådet för personer med funktionsnedsättning.",
  },
  no_follow_up: { title: "Uppföljning saknas.", action: "Ange datum och mätare för uppföljningen." },
  follow_up_overdue: {
    title: "Efterhandsbedömningen är försenad (datum {date}).",
    action: "Registrera de faktiska konsekvenserna.",
  },
  long_sentence: { title: "Lång mening ({words} ord).", action: "Dela meningen. Målet är högst {max} ord." },
  unexplained_abbreviation: {
    title: "Förkortningen {abbreviation} är oförklarad.",
    action: "Skriv ut förkortningen första gången.",
  },
  methods_disagree: {
    title: "Kontrollmetoderna kommer fram till olika alternativ.",
    action: "Resultatet beror på beräkningssättet. Berätta det för beslutsfattarna.",
  },
};

export const findingMessagesEn: Catalogue = {
  missing_title: {
    title: "The title is missing.",
    action: "Write the title as it will appear on the agenda.",
  },
  missing_case_ref: {
    title: "The case reference is missing.",
    action: "Choose the case system and enter the case id.",
  },
  missing_decision_body: {
    title: "The deciding body is missing.",
    action: "Write which body decides the matter.",
  },
  missing_preparer: { title: "The preparer is missing.", action: "Write the preparer's name." },
  missing_problem: {
    title: "The problem is not described.",
    action: "Say briefly which problem the decision solves.",
  },
  missing_objective: { title: "The objective is missing.", action: "Say what the decision should achieve." },
  missing_screening: {
    title: "The screening is missing.",
    action: "Answer the screening questions and choose a full or light assessment.",
  },
  screening_reason_missing: {
    title: "The reason is missing.",
    action: "Record why no impact assessment is needed.",
  },
  too_few_alternatives: {
    title: "Too few alternatives ({count}).",
    action: "Add at least two alternatives, one of them the zero option.",
  },
  no_baseline: {
    title: "The zero option is missing.",
    action: "Mark the alternative that describes what happens if nothing is decided.",
  },
  missing_alternative_text: {
    title: "An alternative lacks its {field}.",
    action: "Give the alternative a name and a description.",
  },
  missing_risk_title: {
    title: "A risk has no description ({riskId}).",
    action: "Write briefly what could go wrong.",
  },
  missing_participation_summary: {
    title: "A hearing does not say what was said ({n}).",
    action: "Record briefly what those heard said.",
  },
  missing_ratings: {
    title: "Ratings missing: {criterionId} ({alternatives} alternatives).",
    action: "Rate every alternative on this criterion, or choose “not assessed”.",
  },
  unjustified_rating: {
    title: "A rating has no justification ({criterionId}).",
    action: "Write a short justification for every rating that is not 0.",
  },
  missing_recommendation: {
    title: "The recommendation is missing.",
    action: "Choose the alternative you propose.",
  },
  missing_justification: {
    title: "The recommendation is not justified.",
    action: "Justify the recommendation in plain language.",
  },
  confidential_without_reason: {
    title: "The ground for confidentiality is missing.",
    action: "Record the point of section 24 of the Act on the Openness of Government Activities.",
  },
  weights_override_without_reason: {
    title: "The weights differ from the strategy's without a reason.",
    action: "Record why the weights differ from the municipality's defaults.",
  },
  recommended_not_best: {
    title: "The recommendation does not score best (best: {best}).",
    action: "Explain why you propose another alternative than the best-scoring one.",
  },
  screening_none_but_affected: {
    title: "The screening says the matter has effects ({answers} questions), yet no assessment is made.",
    action: "Check that the reason is enough, or make a light assessment.",
  },
  not_assessed: {
    title: "Not assessed: {criterionId} ({alternatives} alternatives).",
    action: "Assess if you can. What is not assessed adds uncertainty.",
  },
  unknown_criterion: {
    title: "A rating refers to an unknown criterion {criterionId}.",
    action: "Remove the rating or check whether the strategy has changed.",
  },
  children_not_assessed: {
    title: "Impacts on children are not assessed although the matter concerns children.",
    action: "Assess the impacts on children and young people (UN CRC art. 3).",
  },
  language_rights_not_assessed: {
    title: "Language rights are not assessed.",
    action:
      "In a bilingual municipality, assess the impacts on services in Finnish and Swedish (Language Act).",
  },
  ahp_inconsistent: {
    title: "The pairwise comparisons are inconsistent (CR {cr}).",
    action: "Check the comparisons: the consistency ratio should be at most 0.10.",
  },
  high_risk_without_mitigation: {
    title: "A high risk has no mitigation ({riskId}).",
    action: "Record how the risk is reduced and who is responsible.",
  },
  costs_without_funding: {
    title: "Costs have no funding source ({alternativeId}).",
    action: "Say which appropriation covers the costs.",
  },
  recommended_dominated: {
    title: "Another alternative ({by}) is as good or better on every criterion.",
    action: "Reconsider the recommendation or justify it.",
  },
  winner_fragile: {
    title: "The best alternative could change with a small change in the weights.",
    action: "Tell the decision-makers what the choice depends on, and check uncertain ratings.",
  },
  missing_could_change_winner: {
    title: "What is not assessed could change the best alternative.",
    action: "Complete the missing ratings before the decision.",
  },
  participation_missing: {
    title: "No one was heard although the matter concerns vulnerable groups.",
    action:
      "Hear those affected, e.g. the youth council, the council for the elderly or the disability council.",
  },
  no_follow_up: {
    title: "No follow-up is planned.",
    action: "Give a follow-up date and the indicators to follow.",
  },
  follow_up_overdue: {
    title: "The follow-up is overdue (date {date}).",
    action: "Record the realised impacts.",
  },
  long_sentence: {
    title: "A long sentence ({words} words).",
    action: "Split the sentence. Aim for at most {max} words.",
  },
  unexplained_abbreviation: {
    title: "The abbreviation {abbreviation} is not explained.",
    action: "Write the abbreviation out the first time.",
  },
  methods_disagree: {
    title: "The cross-check methods point to different alternatives.",
    action: "The result depends on the method. Tell the decision-makers.",
  },
};

export const findingMessages = {
  fi: findingMessagesFi,
  sv: findingMessagesSv,
  en: findingMessagesEn,
} as const;

/** Words for the `field` parameter (which text of an alternative is missing). */
const fieldWords = {
  fi: { name: "nimi", description: "kuvaus", shortName: "lyhyt nimi" },
  sv: { name: "namn", description: "beskrivning", shortName: "kort namn" },
  en: { name: "name", description: "description", shortName: "short name" },
} as const;

type Param = string | number | boolean | null;

/** Words a parameter for the reader (see findingMessage); undefined leaves it to the default. */
export type FindingResolve = (key: string, value: Param | undefined) => string | undefined;

/**
 * A finding's title and action in fi, sv or en, with its parameters filled in. `resolve` may
 * word a parameter for the reader (a criterion's label for its id, a number in the locale; see
 * findingNames); what it leaves (undefined) is filled in as it is, except that the `field`
 * parameter is a word and a criterion id loses its "goal:" prefix: never a code.
 */
export function findingMessage(
  f: { code: string; params: Readonly<Record<string, Param>> },
  locale: "fi" | "sv" | "en" = "fi",
  resolve?: FindingResolve,
): { title: string; action: string } {
  const m = (findingMessages[locale] as Record<string, Message | undefined>)[f.code];
  const value = (k: string): string => {
    const v = f.params[k];
    const resolved = resolve?.(k, v);
    if (resolved !== undefined) return resolved;
    if (v === null || v === undefined) return "";
    const text = String(v);
    if (k === "field") return (fieldWords[locale] as Record<string, string>)[text] ?? text;
    if (k === "criterionId") return text.replace(/^(goal|value|dim|risk):/, "");
    return text;
  };
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => value(k));
  return m ? { title: fill(m.title), action: fill(m.action) } : { title: f.code, action: "" };
}
