import type { Strategy } from "../../schemas/strategy.js";
import { kaarina } from "./kaarina.js";

/**
 * Kaarina's strategy renewal of 2022 (seed 003, news of 3.3.2022) as version 2 of the strategy:
 * the renewal mapped strengths and development areas, held workshops from March to June 2022 and
 * aimed at the council's approval "syyskuun 2022 alussa". The seed does not give the renewed text,
 * so this version carries the 2018 vision, values and goals, starts on the planned date, and its
 * provenance marks all of that as assumed (examples) until the council's text is entered.
 */
export const kaarina2022: Strategy = {
  ...kaarina,
  name: {
    fi: "Kaarina-strategia (uudistus 2022)",
    sv: "Kaarina-strategin (förnyad 2022)",
    en: "Kaarina strategy (2022 renewal)",
  },
  version: 2,
  validFrom: "2022-09-01",
  validTo: null,
  source:
    "Kaarinan strategiatyö eteni työpajavaiheeseen, kaarina.fi 3.3.2022: uusi strategia hyväksytään kaupunginvaltuustossa syyskuun 2022 alussa",
  provenance: {
    translated: ["sv", "en"],
    examples: [
      "vision",
      "values",
      "valueMeanings",
      "goals",
      "successFactors",
      "indicators",
      "defaultWeights",
      "validity",
    ],
    note: {
      fi: "Strategia uudistettiin vuonna 2022. Nykytilan kartoituksen kehittämiskohteita olivat avoimuus, osallistaminen, saavutettavuus, turvallisuus, joukkoliikenne, yritysalueet sekä ulkoilu- ja vapaa-ajan paikat. Uudistetun strategian tekstiä ei ole EVA:n lähteissä: tämä versio käyttää vuoden 2018 visiota, arvoja ja päämääriä, ja alkamispäivä on suunniteltu hyväksymisaika.",
      sv: "Strategin förnyades 2022. Utvecklingsområden i nulägesanalysen var öppenhet, delaktighet, tillgänglighet, säkerhet, kollektivtrafik, företagsområden samt platser för friluftsliv och fritid. Den förnyade strategins text finns inte i EVA:s källor: den här versionen använder 2018 års vision, värden och mål, och startdatumet är den planerade tidpunkten för godkännandet.",
      en: "The strategy was renewed in 2022. The development areas found were openness, participation, accessibility, safety, public transport, business areas and places for outdoor and leisure activities. The renewed text is not among EVA's sources: this version uses the 2018 vision, values and goals, and its start date is the planned approval.",
    },
  },
};
