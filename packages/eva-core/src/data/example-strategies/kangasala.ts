import type { Strategy } from "../../schemas/strategy.js";

const goal = (id: string, fi: string, en: string) => ({
  id,
  name: { fi, en },
  successFactors: [],
  indicators: [],
});

/**
 * Kangasalan kaupunkistrategia "Oksalla ylimmällä" (seed 000, 2020): the eleven strategy themes
 * in the seed's wording. The strategy is updated on a rolling basis and every budget goal is
 * derived from it.
 */
export const kangasala: Strategy = {
  id: "kangasala-strategia",
  organization: "kangasala",
  organizationName: { fi: "Kangasalan kaupunki", sv: "Kangasala stad", en: "City of Kangasala" },
  name: {
    fi: "Oksalla ylimmällä – Kangasalan kaupunkistrategia",
    en: "On the top branch – Kangasala city strategy",
  },
  version: 1,
  validFrom: "2020-01-01",
  validTo: null,
  bilingual: false,
  vision: { fi: "Oksalla ylimmällä", en: "On the top branch" },
  // "Kuuntelemme, kokeilemme, mahdollistamme ja välitämme" stands among the themes in the seed but
  // says how the city acts, so it is modelled as the four values; the other eleven are the themes.
  values: [
    { id: "kuuntelemme", name: { fi: "kuuntelemme", en: "we listen" }, meanings: [] },
    { id: "kokeilemme", name: { fi: "kokeilemme", en: "we experiment" }, meanings: [] },
    { id: "mahdollistamme", name: { fi: "mahdollistamme", en: "we enable" }, meanings: [] },
    { id: "valitamme", name: { fi: "välitämme", en: "we care" }, meanings: [] },
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
};
