import type { Strategy } from "../../schemas/strategy.js";

// EVA's Swedish translations of the themes
const sv: Record<string, string> = {
  "historia-ymparisto-vapaa-aika": "Vi värdesätter vår historia, vår miljö och möjligheterna till fritid",
  elinkeinoelama: "Utmärkta och konkurrenskraftiga näringslivsområden, tjänster och profiler",
  henkilosto: "Personalen är kunnig, mår bra och är motiverad",
  "kasvatus-opetus": "En föregångare inom fostran, undervisning och utbildning",
  imago: "Vi utvecklar Kangasalas image",
  "palveleva-kangasala":
    "Ett Kangasala som betjänar, med en förnyande verksamhetskultur och en smidig vardag",
  "sijainti-liikkuminen": "Dragningskraft genom läget – smidiga förbindelser",
  omistaminen: "Ändamålsenligt och målinriktat ägande",
  "taajamat-maaseutu": "Tätare tätorter och en landsbygd full av möjligheter",
  "hyvinvointi-tyollisyys": "Vi stöder välbefinnande och sysselsättning",
  "tuottava-tehokas": "Produktivt, effektivt och verkningsfullt",
};

const goal = (id: string, fi: string, en: string) => ({
  id,
  name: { fi, sv: sv[id] ?? fi, en },
  successFactors: [],
  indicators: [],
});

/**
 * Kangasalan kaupunkistrategia "Oksalla ylimmällä" (seed 000, 2020): the eleven strategy themes
 * in the seed's wording, and the city's own line "Vaatimattomasti paras Kangasala." that closes
 * the presentation, as the vision. The strategy is updated on a rolling basis and every budget goal
 * is derived from it. The Swedish and English texts are EVA's translations.
 */
export const kangasala: Strategy = {
  id: "kangasala-strategia",
  organization: "kangasala",
  organizationName: { fi: "Kangasalan kaupunki", sv: "Kangasala stad", en: "City of Kangasala" },
  name: {
    fi: "Oksalla ylimmällä – Kangasalan kaupunkistrategia",
    sv: "Högst upp på grenen – Kangasala stads strategi",
    en: "On the top branch – Kangasala city strategy",
  },
  version: 1,
  validFrom: "2020-01-01",
  validTo: null,
  bilingual: false,
  vision: {
    fi: "Vaatimattomasti paras Kangasala.",
    sv: "Anspråkslöst bäst – Kangasala.",
    en: "Modestly the best: Kangasala.",
  },
  // "Kuuntelemme, kokeilemme, mahdollistamme ja välitämme" stands among the themes in the seed but
  // says how the city acts, so it is modelled as the four values; the other eleven are the themes.
  values: [
    { id: "kuuntelemme", name: { fi: "kuuntelemme", sv: "vi lyssnar", en: "we listen" }, meanings: [] },
    {
      id: "kokeilemme",
      name: { fi: "kokeilemme", sv: "vi experimenterar", en: "we experiment" },
      meanings: [],
    },
    {
      id: "mahdollistamme",
      name: { fi: "mahdollistamme", sv: "vi möjliggör", en: "we enable" },
      meanings: [],
    },
    { id: "valitamme", name: { fi: "välitämme", sv: "vi bryr oss", en: "we care" }, meanings: [] },
  ],
  goals: [
    goal(
      "historia-ymparisto-vapaa-aika",
      "Arvostamme historiaamme, ympäristöämme ja vapaa-ajan mahdollisuuksia",
      "We value our history, environment and leisure opportunities",
    ),
    goal(
      "elinkeinoelama",
      "Erinomaiset ja kilpailukykyiset elinkeinoelämän alueet, palvelut ja profiilit",
      "Excellent and competitive business areas, services and profiles",
    ),
    goal(
      "henkilosto",
      "Henkilöstö on osaavaa, hyvinvoivaa ja motivoitunutta",
      "Skilled, well and motivated personnel",
    ),
    goal(
      "kasvatus-opetus",
      "Kasvatuksen, opetuksen ja koulutuksen edelläkävijä",
      "A forerunner in upbringing, teaching and education",
    ),
    goal("imago", "Kehitämme Kangasalan imagoa", "We develop Kangasala's image"),
    goal(
      "palveleva-kangasala",
      "Palveleva, uudistuvan toimintakulttuurin ja sujuvan arjen Kangasala",
      "A serving Kangasala with a renewing culture and a smooth everyday life",
    ),
    goal(
      "sijainti-liikkuminen",
      "Sijainnista vetovoimaa - sujuvasti liikkuen",
      "Appeal from location – moving smoothly",
    ),
    goal(
      "omistaminen",
      "Tarkoituksenmukainen ja tavoitteellinen omistaminen",
      "Purposeful and goal-oriented ownership",
    ),
    goal(
      "taajamat-maaseutu",
      "Tiivistyvät taajamat ja mahdollisuuksien maaseutu",
      "Denser towns and a countryside of opportunities",
    ),
    goal(
      "hyvinvointi-tyollisyys",
      "Tuemme hyvinvointia ja työllisyyttä",
      "We support well-being and employment",
    ),
    goal("tuottava-tehokas", "Tuottava, tehokas ja vaikuttava", "Productive, efficient and effective"),
  ],
  source: "Kangasalan kaupunkistrategian toteutussuunnitelma, USO-webinaari 23.9.2020",
  provenance: {
    translated: ["sv", "en"],
    examples: ["validity"],
    note: {
      fi: "Teemat ja visio ovat esityksen sanoin; ”Kuuntelemme, kokeilemme, mahdollistamme ja välitämme” on jaettu neljäksi arvoksi. Esitys ei kerro alkamispäivää: 1.1.2020 on EVA:n oletus.",
      sv: "Temana och visionen är presentationens egna ord; ”Kuuntelemme, kokeilemme, mahdollistamme ja välitämme” har delats upp i fyra värden. Presentationen anger inget startdatum: 1.1.2020 är EVA:s antagande.",
      en: "The themes and the vision are in the presentation's own words; “Kuuntelemme, kokeilemme, mahdollistamme ja välitämme” is split into four values. The presentation gives no start date: 1 January 2020 is EVA's assumption.",
    },
  },
};
