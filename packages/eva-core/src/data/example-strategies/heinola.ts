import type { Strategy } from "../../schemas/strategy.js";

/**
 * Heinolan kaupunkistrategia, päivitys 2022 (seed 001): the four strategic themes (kärkiteemat)
 * and the five values. The strategy was approved in 2018 and updated in 2020 and 2022, hence
 * version 3. The seed names no success factors, value meanings or indicators.
 */
export const heinola: Strategy = {
  id: "heinola-strategia",
  organization: "heinola",
  organizationName: { fi: "Heinolan kaupunki", sv: "Heinola stad", en: "City of Heinola" },
  name: { fi: "Heinolan kaupunkistrategia (päivitys 2022)", en: "Heinola city strategy (2022 update)" },
  version: 3,
  validFrom: "2022-05-16",
  validTo: null,
  bilingual: false,
  vision: {
    fi: "Heinola – hyvinvoinnin, työn ja asumisen kaupunki",
    en: "Heinola – a city of well-being, work and living",
  },
  values: [
    { id: "innovatiivisuus", name: { fi: "innovatiivisuus", en: "innovativeness" }, meanings: [] },
    { id: "tuloksellisuus", name: { fi: "tuloksellisuus", en: "effectiveness" }, meanings: [] },
    { id: "rohkeus", name: { fi: "rohkeus", en: "courage" }, meanings: [] },
    { id: "valittaminen", name: { fi: "välittäminen", en: "caring" }, meanings: [] },
    { id: "yhteisollisyys", name: { fi: "yhteisöllisyys", en: "community" }, meanings: [] },
  ],
  goals: [
    {
      id: "hyvinvoinnin-kasvu",
      name: { fi: "Hyvinvoinnin kasvu", en: "Growth of well-being" },
      successFactors: [],
      indicators: [],
    },
    {
      id: "uudistuva-tyo-ja-asuminen",
      name: { fi: "Uudistuva työ ja asuminen", en: "Renewing work and living" },
      successFactors: [],
      indicators: [],
    },
    {
      id: "toimija-keskiossa",
      name: { fi: "Toimija keskiössä", en: "The actor at the centre" },
      successFactors: [],
      indicators: [],
    },
    {
      id: "talouden-tasapaino",
      name: { fi: "Talouden tasapaino", en: "Balanced finances" },
      successFactors: [],
      indicators: [],
    },
  ],
  source: "Heinolan kaupunkistrategia 2018, päivitetty 2020 ja 2022 (valtuusto 16.5.2022)",
};
