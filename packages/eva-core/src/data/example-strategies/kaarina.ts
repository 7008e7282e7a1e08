import type { Strategy } from "../../schemas/strategy.js";

/** a Finnish text from the seed with our Swedish translation (Kaarina is a Finnish-speaking city) */
const t = (fi: string, sv: string) => ({ fi, sv });

/**
 * Kaarina-strategia 2018–2025 (kaupunginvaltuusto 25.6.2018), from seed 002: the vision, the
 * three values with every meaning, the four goals (päämäärät) with every success factor
 * ("missä meidän pitää onnistua"), in the seed's own wording. The Swedish and English texts are
 * EVA's translations, and the indicators and default weights are examples we wrote (the seed only
 * says that the indicators were drawn up in 10/2018): `provenance` and `example` say so in the data.
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
  vision: {
    fi: "Kaarina – luonnollisesti yhdessä",
    sv: "Kaarina – naturligt tillsammans",
    en: "Kaarina – naturally together",
  },
  values: [
    {
      id: "yhdessa",
      name: { fi: "yhdessä", sv: "tillsammans", en: "together" },
      meanings: [
        {
          title: t("Kuulemista", "Att höra"),
          items: [
            t(
              "kuntalaisten ja yritysten tarpeiden kuulemista siellä, missä kuntalaiset ja yritykset ovat",
              "att höra kommuninvånarnas och företagens behov där invånarna och företagen finns",
            ),
            t("keskustelevan kulttuurin lisäämistä", "att främja en kultur av dialog"),
          ],
        },
        {
          title: t("Osallisuutta", "Delaktighet"),
          items: [
            t(
              "kaupungin asukkaiden ja henkilöstön yhteistyön mahdollistavien tilojen tarjoamista",
              "att erbjuda lokaler som gör samarbete mellan stadens invånare och personal möjligt",
            ),
            t(
              "kaikkien osaamisen hyödyntämistä työssä ja päätöksenteossa",
              "att ta tillvara allas kunnande i arbetet och i beslutsfattandet",
            ),
            t("yhdistysten ja yritysten osallisuutta", "föreningars och företags delaktighet"),
          ],
        },
        {
          title: t("Yhteistyötä", "Samarbete"),
          items: [
            t(
              "yhteistyötä ja vuorovaikutusta eri asiakasryhmien kanssa",
              "samarbete och växelverkan med olika kundgrupper",
            ),
            t("yhteistyötä muiden kuntien kanssa", "samarbete med andra kommuner"),
          ],
        },
        {
          title: t("Vastuullisuutta", "Ansvarsfullhet"),
          items: [
            t(
              "jokaisen vastuuta toiminnan sujumisesta ja sitoutumisesta yhteisiin päätöksiin",
              "allas ansvar för att verksamheten fungerar och för att hålla sig till gemensamma beslut",
            ),
            t("kokonaisharkintaa osaoptimoinnin sijaan", "helhetsbedömning i stället för suboptimering"),
            t(
              "oman kunnan luonnon ja ympäristön vaalimista",
              "att värna om den egna kommunens natur och miljö",
            ),
            t(
              "osallistumista ilmastonmuutoksen torjuntaan ja kestävään kehitykseen",
              "att delta i bekämpningen av klimatförändringen och i en hållbar utveckling",
            ),
          ],
        },
        {
          title: t("Luottamusta", "Förtroende"),
          items: [
            t("luottamusta eri toimijoiden välillä", "förtroende mellan olika aktörer"),
            t(
              "kaikkien osaamisen hyödyntämistä työssä ja päätöksenteossa",
              "att ta tillvara allas kunnande i arbetet och i beslutsfattandet",
            ),
          ],
        },
      ],
    },
    {
      id: "avoimesti",
      name: { fi: "avoimesti", sv: "öppet", en: "openly" },
      meanings: [
        {
          title: t("Valmistelua", "Beredning"),
          items: [
            t(
              "asioiden valmistelua tulevaisuutta ennakoiden ja kokonaisuuksia tarkastellen",
              "att bereda ärenden med blick för framtiden och helheten",
            ),
            t("asioiden valmistelun avoimuutta", "öppenhet i beredningen av ärenden"),
            t("vaihtoehtoisia ratkaisumalleja", "alternativa lösningsmodeller"),
            t(
              "parannusta valmisteluvaiheessa olevien asioiden tiedottamiseen vaikutusmahdollisuuksien varmistamiseksi",
              "bättre information om ärenden under beredning för att trygga möjligheterna att påverka",
            ),
            t("kehittämismyönteisyyttä", "en positiv inställning till utveckling"),
          ],
        },
        {
          title: t("Vuorovaikutusta", "Växelverkan"),
          items: [
            t("riittävän ajoissa tapahtuvaa avointa keskustelua", "öppen diskussion i tillräckligt god tid"),
            t("viestinnän monimuotoisuutta", "mångsidig kommunikation"),
            t("avointa ja rehtiä vuorovaikutusta", "öppen och ärlig växelverkan"),
            t(
              "päivittäistä vuorovaikutusta ja puheeksi ottamista",
              "daglig växelverkan och att ta upp saker till tals",
            ),
            t("positiivista ja avointa kohtaamista", "positiva och öppna möten"),
          ],
        },
        {
          title: t("Ratkaisuja", "Lösningar"),
          items: [t("päätösten riittävää perustelemista", "tillräcklig motivering av besluten")],
        },
        {
          title: t("Viestintää", "Kommunikation"),
          items: [
            t("viestinnän monimuotoisuutta", "mångsidig kommunikation"),
            t("ajantasaista ja vuorovaikutteista viestintää", "aktuell och interaktiv kommunikation"),
          ],
        },
        {
          title: t("Palautetta", "Respons"),
          items: [
            t(
              "päivittäistä vuorovaikutusta ja puheeksiottamista",
              "daglig växelverkan och att ta upp saker till tals",
            ),
            t("positiivista ja avointa kohtaamista", "positiva och öppna möten"),
          ],
        },
      ],
    },
    {
      id: "asiakaslahtoisesti",
      name: { fi: "asiakaslähtöisesti", sv: "kundorienterat", en: "customer-oriented" },
      meanings: [
        {
          title: t("Kuuntelemista", "Att lyssna"),
          items: [
            t(
              "asiakkaiden tarpeiden kuuntelemista ja tarpeista viestimistä päätöksentekijöille",
              "att lyssna på kundernas behov och förmedla dem till beslutsfattarna",
            ),
          ],
        },
        {
          title: t("Palveluohjausta", "Servicehandledning"),
          items: [
            t("selkeitä palveluketjuja ja palveluohjausta", "tydliga servicekedjor och servicehandledning"),
            t(
              "palvelujen saavutettavuutta yhden luukun periaatteella",
              "tillgänglig service enligt principen om en enda lucka",
            ),
          ],
        },
        {
          title: t("Osallistamista", "Att involvera"),
          items: [
            t("tasavertaisia osallistumismahdollisuuksia", "jämlika möjligheter att delta"),
            t(
              "kuntalaisten mahdollisuuksia vaikuttaa palvelujen sisältöön ja niiden toteutustapaan",
              "kommuninvånarnas möjligheter att påverka servicens innehåll och hur den ordnas",
            ),
            t("yhteistyötä muutoinkin kuin ongelmatilanteissa", "samarbete även när det inte finns problem"),
          ],
        },
        {
          title: t("Palvelua", "Service"),
          items: [
            t(
              "asiakkaiden ja yhteistyötahojen kokonaisvaltaista ja sujuvaa palvelemista tarpeita kuunnellen",
              "helhetsinriktad och smidig service till kunder och samarbetsparter med lyhördhet för deras behov",
            ),
            t(
              "palvelujen saavutettavuutta yhden luukun periaatteella",
              "tillgänglig service enligt principen om en enda lucka",
            ),
          ],
        },
        {
          title: t("Seuranta", "Uppföljning"),
          items: [
            t(
              "asiakaslähtöisyyden aktiivista seuranta ja reagointia asiakaspalautteeseen",
              "aktiv uppföljning av kundorienteringen och reaktioner på kundrespons",
            ),
            t("päätösten vaikutusten arviointia", "bedömning av besluts konsekvenser"),
          ],
        },
      ],
    },
  ],
  goals: [
    {
      id: "vastuullinen-johtaminen",
      name: { fi: "vastuullinen johtaminen", sv: "ansvarsfullt ledarskap", en: "responsible leadership" },
      successFactors: [
        t(
          "kokonaisvaltaisessa tavassa tarkastella valmisteltavia ja päätettäviä asioita",
          "ett helhetsinriktat sätt att granska ärenden som bereds och beslutas",
        ),
        t(
          "johdonmukaisessa ja oikea-aikaisessa päätöksenteossa",
          "ett konsekvent beslutsfattande i rätt tid",
        ),
        t(
          "henkilöstön ja luottamushenkilöiden toimivassa vuorovaikutuksessa, yhteistyössä ja roolien selkeydessä",
          "en fungerande växelverkan och ett fungerande samarbete mellan personal och förtroendevalda, med tydliga roller",
        ),
        t(
          "henkilöstön osaamisen ylläpitämisessä ja kehittämisessä",
          "att upprätthålla och utveckla personalens kompetens",
        ),
        t(
          "esimiestyön seurannassa, arvioinnissa ja jatkuvassa parantamisessa",
          "uppföljning, bedömning och ständig förbättring av chefsarbetet",
        ),
        t(
          "työyhteisötaitojen kehittämisessä sekä oman vastuun kantamisessa ja vastuun ottamisessa omissa tehtävissä",
          "att utveckla arbetsgemenskapsfärdigheterna och att bära och ta ansvar i de egna uppgifterna",
        ),
        t("kustannus- ja laatutietoisessa johtamisessa", "ett kostnads- och kvalitetsmedvetet ledarskap"),
      ],
      indicators: [
        {
          id: "vuosikate",
          name: t("Vuosikate, € / asukas", "Årsbidrag, € per invånare"),
          unit: "€/asukas",
          example: true,
        },
        {
          id: "henkilostokysely",
          name: t("Henkilöstökyselyn johtamisen keskiarvo", "Personalenkätens medeltal för ledarskap"),
          unit: "1–5",
          example: true,
        },
      ],
    },
    {
      id: "hyvinvoinnin-edistaminen",
      name: {
        fi: "hyvinvoinnin edistäminen ennakoivasti",
        sv: "att främja välfärden förebyggande",
        en: "promoting well-being proactively",
      },
      successFactors: [
        t(
          "palvelutarpeiden kartoittamisessa ja varhaisessa puuttumisessa ongelmiin",
          "att kartlägga servicebehov och ingripa tidigt i problem",
        ),
        t("ennaltaehkäisevien palveluiden kehittämisessä", "att utveckla förebyggande tjänster"),
        t(
          "hyvinvointia tukevien mallien tuntemisessa ja oman roolin tunnistamisessa niissä",
          "att känna till modeller som stöder välfärden och se den egna rollen i dem",
        ),
        t(
          "monipuolisissa ulkoilu-, liikunta- ja kulttuurimahdollisuuksissa, jotka mahdollistavat itsestään huolehtimisen",
          "mångsidiga möjligheter till friluftsliv, motion och kultur som gör det möjligt att ta hand om sig själv",
        ),
        t("omasta jaksamisesta huolehtimisessa", "att ta hand om den egna orken"),
        t(
          "toimivassa järjestö- ja yritysysteistyössä",
          "ett fungerande samarbete med organisationer och företag",
        ),
      ],
      indicators: [
        {
          id: "kouluterveyskysely",
          name: t(
            "Kouluterveyskysely: koulun työolot hyvät, %",
            "Enkäten Hälsa i skolan: goda arbetsförhållanden i skolan, %",
          ),
          unit: "%",
          example: true,
        },
        {
          id: "liikuntapaikat",
          name: t("Liikuntapaikkojen käyntikerrat / asukas", "Besök i idrottsanläggningar per invånare"),
          unit: "krt/asukas",
          example: true,
        },
      ],
    },
    {
      id: "viihtyisa-lahiymparisto",
      name: {
        fi: "viihtyisä, turvallinen ja toimiva lähiympäristö",
        sv: "en trivsam, trygg och fungerande närmiljö",
        en: "a pleasant, safe and functional neighbourhood",
      },
      successFactors: [
        t(
          "kaupunkirakenteen kehittämisessä niin, että kehittäminen perustuu olemassaolevan taajaman täydentämiseen ja laajentamiseen",
          "att utveckla stadsstrukturen genom att komplettera och utvidga den befintliga tätorten",
        ),
        t(
          "ympäristön turvallisuudesta ja siisteydestä huolehtimisessa",
          "att sörja för en trygg och snygg miljö",
        ),
        t(
          "rakennusten kunnossapidosta ja korjauksesta huolehtimisessa",
          "att sköta om byggnadernas underhåll och reparation",
        ),
        t("hyvässä, toimivassa ja terveellisessä ympäristössä", "en god, fungerande och hälsosam miljö"),
        t("ympäristöönsä soveltuvassa rakentamisessa", "byggande som passar in i omgivningen"),
        t("aloitekykyisyydessä ja innovatiivisuudessa", "initiativförmåga och innovation"),
        t("kaikkien toimijoiden huomioimisessa ja osallistamisessa", "att beakta och involvera alla aktörer"),
        t("liikenneturvallisuuden parantamisessa", "att förbättra trafiksäkerheten"),
      ],
      indicators: [
        {
          id: "korjausvelka",
          name: t("Rakennusten korjausvelka, milj. €", "Byggnadernas reparationsskuld, milj. €"),
          unit: "milj. €",
          example: true,
        },
        {
          id: "liikenneonnettomuudet",
          name: t(
            "Henkilövahinkoon johtaneet liikenneonnettomuudet / vuosi",
            "Trafikolyckor med personskador per år",
          ),
          unit: "kpl",
          example: true,
        },
      ],
    },
    {
      id: "sujuvat-arjen-palvelut",
      name: {
        fi: "sujuvat ja turvalliset arjen palvelut läheltä",
        sv: "smidig och trygg vardagsservice nära",
        en: "smooth and safe everyday services close by",
      },
      successFactors: [
        t(
          "eri väestöryhmien tarpeisiin vastaamisessa kysynnän mukaan",
          "att möta olika befolkningsgruppers behov enligt efterfrågan",
        ),
        t("yhden luukun periaatteen toteuttamisessa", "att förverkliga principen om en enda lucka"),
        t(
          "aktiivisessa tiedottamisessa palveluista ja niihin liittyvistä muutoksista",
          "aktiv information om tjänsterna och ändringar i dem",
        ),
        t(
          "fyysisen turvallisuuden, esteettömyyden ja tietoturvallisuuden varmistamisessa kaupungin palveluissa",
          "att säkerställa fysisk säkerhet, tillgänglighet och informationssäkerhet i stadens tjänster",
        ),
        t(
          "sähköisen palveluiden mahdollistamisessa ja kehittämisessä vastaamaan kuntalaisten tarpeita",
          "att möjliggöra och utveckla elektroniska tjänster som motsvarar invånarnas behov",
        ),
        t(
          "pop-up -palveluiden tarjoamisessa eri puolilla kaupunkia",
          "att erbjuda pop up-tjänster i olika delar av staden",
        ),
        t("hyvin palvelevassa joukkoliikenteessä", "en kollektivtrafik som betjänar väl"),
      ],
      indicators: [
        {
          id: "koulumatka",
          name: t(
            "Alakoululaisten keskimääräinen koulumatka, km",
            "Lågstadieelevernas genomsnittliga skolväg, km",
          ),
          unit: "km",
          example: true,
        },
        {
          id: "asiakastyytyvaisyys",
          name: t("Asiakastyytyväisyys palveluihin", "Kundnöjdhet med tjänsterna"),
          unit: "1–5",
          example: true,
        },
      ],
    },
  ],
  // The demo defaults: the city's own strategy and impacts on people weigh most (an example:
  // provenance.examples lists "defaultWeights").
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
  provenance: {
    translated: ["sv", "en"],
    examples: ["indicators", "defaultWeights"],
    note: {
      fi: "Visio, arvot merkityksineen ja päämäärät menestystekijöineen ovat strategia-asiakirjan sanoin. Mittarit ja oletuspainot ovat EVA:n esimerkkejä; ruotsin- ja englanninkieliset tekstit ovat EVA:n käännöksiä.",
      sv: "Visionen, värdena med sina betydelser och målen med sina framgångsfaktorer är strategidokumentets egna ord. Mätarna och standardvikterna är EVA:s exempel; de svenska och engelska texterna är EVA:s översättningar.",
      en: "The vision, the values with their meanings and the goals with their success factors are in the strategy document's own words. The indicators and default weights are EVA's examples; the Swedish and English texts are EVA's translations.",
    },
  },
};
