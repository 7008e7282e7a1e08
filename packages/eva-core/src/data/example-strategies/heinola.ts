import type { Strategy } from "../../schemas/strategy.js";

/**
 * Heinolan kaupunkistrategia, päivitys 2022 (seed 001): the four strategic themes (kärkiteemat)
 * and the five values, as the seed lists them. The strategy was approved in 2018 and updated in
 * 2020 and 2022, hence version 3; the updated strategy went to the council on 16.5.2022. The seed
 * names no vision, success factors, value meanings or indicators, so the data has none either;
 * the Swedish and English names are EVA's translations.
 */
export const heinola: Strategy = {
  id: "heinola-strategia",
  organization: "heinola",
  organizationName: { fi: "Heinolan kaupunki", sv: "Heinola stad", en: "City of Heinola" },
  name: {
    fi: "Heinolan kaupunkistrategia (päivitys 2022)",
    sv: "Heinola stads strategi (uppdatering 2022)",
    en: "Heinola city strategy (2022 update)",
  },
  version: 3,
  validFrom: "2022-05-16",
  validTo: null,
  bilingual: false,
  values: [
    {
      id: "innovatiivisuus",
      name: { fi: "innovatiivisuus", sv: "innovativitet", en: "innovativeness" },
      meanings: [],
    },
    {
      id: "tuloksellisuus",
      name: { fi: "tuloksellisuus", sv: "resultatinriktning", en: "effectiveness" },
      meanings: [],
    },
    { id: "rohkeus", name: { fi: "rohkeus", sv: "mod", en: "courage" }, meanings: [] },
    { id: "valittaminen", name: { fi: "välittäminen", sv: "omtanke", en: "caring" }, meanings: [] },
    { id: "yhteisollisyys", name: { fi: "yhteisöllisyys", sv: "gemenskap", en: "community" }, meanings: [] },
  ],
  goals: [
    {
      id: "hyvinvoinnin-kasvu",
      name: { fi: "Hyvinvoinnin kasvu", sv: "Ökat välbefinnande", en: "Growth of well-being" },
      successFactors: [],
      indicators: [],
    },
    {
      id: "uudistuva-tyo-ja-asuminen",
      name: {
        fi: "Uudistuva työ ja asuminen",
        sv: "Förnyande arbete och boende",
        en: "Renewing work and living",
      },
      successFactors: [],
      indicators: [],
    },
    {
      id: "toimija-keskiossa",
      name: { fi: "Toimija keskiössä", sv: "Aktören i centrum", en: "The actor at the centre" },
      successFactors: [],
      indicators: [],
    },
    {
      id: "talouden-tasapaino",
      name: { fi: "Talouden tasapaino", sv: "Ekonomisk balans", en: "Balanced finances" },
      successFactors: [],
      indicators: [],
    },
  ],
  source: "Heinolan kaupunkistrategia 2018, päivitetty 2020 ja 2022 (valtuusto 16.5.2022)",
  provenance: { translated: ["sv", "en"], examples: [] },
};
