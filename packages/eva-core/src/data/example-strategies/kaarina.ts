import type { Strategy } from "../../schemas/strategy.js";

const t = (fi: string) => ({ fi });

/**
 * Kaarina-strategia 2018–2025 (kaupunginvaltuusto 25.6.2018), from seed 002: the vision, the
 * three values with every meaning, the four goals (päämäärät) with every success factor
 * ("missä meidän pitää onnistua"), in the seed's own wording. The indicators are examples we
 * wrote: the seed only says that the indicators were drawn up in 10/2018.
 */
export const kaarina: Strategy = {
  id: "kaarina-strategia",
  organization: "kaarina",
  organizationName: { fi: "Kaarinan kaupunki", sv: "S:t Karins stad", en: "City of Kaarina" },
  name: {
    fi: "Kaarina-strategia 2018–2025",
    sv: "Kaarina-strategin 2018–2025",
    en: "Kaarina strategy 2018–2025",
  },
  version: 1,
  validFrom: "2018-06-25",
  validTo: "2025-12-31",
  bilingual: false,
  vision: { fi: "Kaarina – luonnollisesti yhdessä", en: "Kaarina – naturally together" },
  values: [
    {
      id: "yhdessa",
      name: { fi: "yhdessä", en: "together" },
      meanings: [
        {
          title: t("Kuulemista"),
          items: [
            t("kuntalaisten ja yritysten tarpeiden kuulemista siellä, missä kuntalaiset ja yritykset ovat"),
            t("keskustelevan kulttuurin lisäämistä"),
          ],
        },
        {
          title: t("Osallisuutta"),
          items: [
            t("kaupungin asukkaiden ja henkilöstön yhteistyön mahdollistavien tilojen tarjoamista"),
            t("kaikkien osaamisen hyödyntämistä työssä ja päätöksenteossa"),
            t("yhdistysten ja yritysten osallisuutta"),
          ],
        },
        {
          title: t("Yhteistyötä"),
          items: [
            t("yhteistyötä ja vuorovaikutusta eri asiakasryhmien kanssa"),
            t("yhteistyötä muiden kuntien kanssa"),
          ],
        },
        {
          title: t("Vastuullisuutta"),
          items: [
            t("jokaisen vastuuta toiminnan sujumisesta ja sitoutumisesta yhteisiin päätöksiin"),
            t("kokonaisharkintaa osaoptimoinnin sijaan"),
            t("oman kunnan luonnon ja ympäristön vaalimista"),
            t("osallistumista ilmastonmuutoksen torjuntaan ja kestävään kehitykseen"),
          ],
        },
        {
          title: t("Luottamusta"),
          items: [
            t("luottamusta eri toimijoiden välillä"),
            t("kaikkien osaamisen hyödyntämistä työssä ja päätöksenteossa"),
          ],
        },
      ],
    },
    {
      id: "avoimesti",
      name: { fi: "avoimesti", en: "openly" },
      meanings: [
        {
          title: t("Valmistelua"),
          items: [
            t("asioiden valmistelua tulevaisuutta ennakoiden ja kokonaisuuksia tarkastellen"),
            t("asioiden valmistelun avoimuutta"),
            t("vaihtoehtoisia ratkaisumalleja"),
            t(
              "parannusta valmisteluvaiheessa olevien asioiden tiedottamiseen vaikutusmahdollisuuksien varmistamiseksi",
            ),
            t("kehittämismyönteisyyttä"),
          ],
        },
        {
          title: t("Vuorovaikutusta"),
          items: [
            t("riittävän ajoissa tapahtuvaa avointa keskustelua"),
            t("viestinnän monimuotoisuutta"),
            t("avointa ja rehtiä vuorovaikutusta"),
            t("päivittäistä vuorovaikutusta ja puheeksi ottamista"),
            t("positiivista ja avointa kohtaamista"),
          ],
        },
        { title: t("Ratkaisuja"), items: [t("päätösten riittävää perustelemista")] },
        {
          title: t("Viestintää"),
          items: [t("viestinnän monimuotoisuutta"), t("ajantasaista ja vuorovaikutteista viestintää")],
        },
        {
          title: t("Palautetta"),
          items: [
            t("päivittäistä vuorovaikutusta ja puheeksiottamista"),
            t("positiivista ja avointa kohtaamista"),
          ],
        },
      ],
    },
    {
      id: "asiakaslahtoisesti",
      name: { fi: "asiakaslähtöisesti", en: "customer-oriented" },
      meanings: [
        {
          title: t("Kuuntelemista"),
          items: [t("asiakkaiden tarpeiden kuuntelemista ja tarpeista viestimistä päätöksentekijöille")],
        },
        {
          title: t("Palveluohjausta"),
          items: [
            t("selkeitä palveluketjuja ja palveluohjausta"),
            t("palvelujen saavutettavuutta yhden luukun periaatteella"),
          ],
        },
        {
          title: t("Osallistamista"),
          items: [
            t("tasavertaisia osallistumismahdollisuuksia"),
            t("kuntalaisten mahdollisuuksia vaikuttaa palvelujen sisältöön ja niiden toteutustapaan"),
            t("yhteistyötä muutoinkin kuin ongelmatilanteissa"),
          ],
        },
        {
          title: t("Palvelua"),
          items: [
            t(
              "asiakkaiden ja yhteistyötahojen kokonaisvaltaista ja sujuvaa palvelemista tarpeita kuunnellen",
            ),
            t("palvelujen saavutettavuutta yhden luukun periaatteella"),
          ],
        },
        {
          title: t("Seuranta"),
          items: [
            t("asiakaslähtöisyyden aktiivista seuranta ja reagointia asiakaspalautteeseen"),
            t("päätösten vaikutusten arviointia"),
          ],
        },
      ],
    },
  ],
  goals: [
    {
      id: "vastuullinen-johtaminen",
      name: { fi: "vastuullinen johtaminen", en: "responsible leadership" },
      successFactors: [
        t("kokonaisvaltaisessa tavassa tarkastella valmisteltavia ja päätettäviä asioita"),
        t("johdonmukaisessa ja oikea-aikaisessa päätöksenteossa"),
        t(
          "henkilöstön ja luottamushenkilöiden toimivassa vuorovaikutuksessa, yhteistyössä ja roolien selkeydessä",
        ),
        t("henkilöstön osaamisen ylläpitämisessä ja kehittämisessä"),
        t("esimiestyön seurannassa, arvioinnissa ja jatkuvassa parantamisessa"),
        t(
          "työyhteisötaitojen kehittämisessä sekä oman vastuun kantamisessa ja vastuun ottamisessa omissa tehtävissä",
        ),
        t("kustannus- ja laatutietoisessa johtamisessa"),
      ],
      indicators: [
        { id: "vuosikate", name: t("Vuosikate, € / asukas"), unit: "€/asukas" },
        { id: "henkilostokysely", name: t("Henkilöstökyselyn johtamisen keskiarvo"), unit: "1–5" },
      ],
    },
    {
      id: "hyvinvoinnin-edistaminen",
      name: { fi: "hyvinvoinnin edistäminen ennakoivasti", en: "promoting well-being proactively" },
      successFactors: [
        t("palvelutarpeiden kartoittamisessa ja varhaisessa puuttumisessa ongelmiin"),
        t("ennaltaehkäisevien palveluiden kehittämisessä"),
        t("hyvinvointia tukevien mallien tuntemisessa ja oman roolin tunnistamisessa niissä"),
        t(
          "monipuolisissa ulkoilu-, liikunta- ja kulttuurimahdollisuuksissa, jotka mahdollistavat itsestään huolehtimisen",
        ),
        t("omasta jaksamisesta huolehtimisessa"),
        t("toimivassa järjestö- ja yritysysteistyössä"),
      ],
      indicators: [
        { id: "kouluterveyskysely", name: t("Kouluterveyskysely: koulun työolot hyvät, %"), unit: "%" },
        { id: "liikuntapaikat", name: t("Liikuntapaikkojen käyntikerrat / asukas"), unit: "krt/asukas" },
      ],
    },
    {
      id: "viihtyisa-lahiymparisto",
      name: {
        fi: "viihtyisä, turvallinen ja toimiva lähiympäristö",
        en: "a pleasant, safe and functional neighbourhood",
      },
      successFactors: [
        t(
          "kaupunkirakenteen kehittämisessä niin, että kehittäminen perustuu olemassaolevan taajaman täydentämiseen ja laajentamiseen",
        ),
        t("ympäristön turvallisuudesta ja siisteydestä huolehtimisessa"),
        t("rakennusten kunnossapidosta ja korjauksesta huolehtimisessa"),
        t("hyvässä, toimivassa ja terveellisessä ympäristössä"),
        t("ympäristöönsä soveltuvassa rakentamisessa"),
        t("aloitekykyisyydessä ja innovatiivisuudessa"),
        t("kaikkien toimijoiden huomioimisessa ja osallistamisessa"),
        t("liikenneturvallisuuden parantamisessa"),
      ],
      indicators: [
        { id: "korjausvelka", name: t("Rakennusten korjausvelka, milj. €"), unit: "milj. €" },
        {
          id: "liikenneonnettomuudet",
          name: t("Henkilövahinkoon johtaneet liikenneonnettomuudet / vuosi"),
          unit: "kpl",
        },
      ],
    },
    {
      id: "sujuvat-arjen-palvelut",
      name: {
        fi: "sujuvat ja turvalliset arjen palvelut läheltä",
        en: "smooth and safe everyday services close by",
      },
      successFactors: [
        t("eri väestöryhmien tarpeisiin vastaamisessa kysynnän mukaan"),
        t("yhden luukun periaatteen toteuttamisessa"),
        t("aktiivisessa tiedottamisessa palveluista ja niihin liittyvistä muutoksista"),
        t(
          "fyysisen turvallisuuden, esteettömyyden ja tietoturvallisuuden varmistamisessa kaupungin palveluissa",
        ),
        t("sähköisen palveluiden mahdollistamisessa ja kehittämisessä vastaamaan kuntalaisten tarpeita"),
        t("pop-up -palveluiden tarjoamisessa eri puolilla kaupunkia"),
        t("hyvin palvelevassa joukkoliikenteessä"),
      ],
      indicators: [
        { id: "koulumatka", name: t("Alakoululaisten keskimääräinen koulumatka, km"), unit: "km" },
        { id: "asiakastyytyvaisyys", name: t("Asiakastyytyväisyys palveluihin"), unit: "1–5" },
      ],
    },
  ],
  // The demo defaults: the city's own strategy and impacts on people weigh most (our example).
  defaultWeights: {
    groups: {
      method: "direct",
      weights: {
        strategy: 25,
        values: 10,
        people: 25,
        environment: 12,
        economy: 15,
        organisation: 5,
        risk: 8,
      },
    },
  },
  source:
    "Kaarina-strategia 2018–2025, kaupunginvaltuusto 25.6.2018; ajantasaisuus arvioidaan vuosina 2019, 2021 ja 2023",
};
