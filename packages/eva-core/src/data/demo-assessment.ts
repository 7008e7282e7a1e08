import { type Assessment, AssessmentSchema, type Rating } from "../schemas/assessment.js";

type R = Rating["value"];
type Row = [
  criterionId: string,
  ratings: [R, R, R],
  justifications: [string, string, string],
  confidence: Rating["confidence"],
  groups?: Rating["affectedGroups"],
];

const alternatives = ["nykytila", "peruskorjaus", "uudisrakennus"] as const;

// One row per criterion: the ratings of the three alternatives (nollavaihtoehto, peruskorjaus,
// uudisrakennus) and a justification for each, written as a preparer would.
const rows: Row[] = [
  [
    "goal:vastuullinen-johtaminen",
    [-2, 1, 2],
    [
      "Korjausvelka kasvaa ja ongelma siirtyy tuleville vuosille; päätöksenteko ei ole oikea-aikaista.",
      "Korjaa nykyisen rakennuksen, mutta kaikkia sisäilmariskejä ei voida poistaa.",
      "Ratkaisee tilatarpeen pitkäksi aikaa ja perustuu koko Littoisten palveluverkon tarkasteluun.",
    ],
    "medium",
  ],
  [
    "goal:hyvinvoinnin-edistaminen",
    [-2, 1, 2],
    [
      "Oireilevien oppilaiden ja opettajien määrä todennäköisesti kasvaa.",
      "Sisäilma paranee, mutta liikuntasali jää pieneksi.",
      "Terveet tilat ja uusi liikuntasali iltakäyttöön myös seuroille ja asukkaille.",
    ],
    "medium",
    ["children", "personnel"],
  ],
  [
    "goal:viihtyisa-lahiymparisto",
    [-1, 1, 2],
    [
      "Rakennus rapistuu ja väistötilakontit heikentävät pihaa.",
      "Vanha koulurakennus säilyy osana kylän maisemaa.",
      "Täydentää nykyistä taajamaa ja parantaa koulun liikennejärjestelyjä.",
    ],
    "medium",
  ],
  [
    "goal:sujuvat-arjen-palvelut",
    [-1, 1, 3],
    [
      "Opetus jatkuu, mutta väistötilat hankaloittavat arkea.",
      "Koulu pysyy lähellä; korjauksen ajan opetus on väistötiloissa kaksi vuotta.",
      "Koulu, päiväkoti ja kirjaston lainausautomaatti samassa talossa lähellä asukkaita.",
    ],
    "high",
    ["children", "families"],
  ],
  [
    "value:yhdessa",
    [0, 1, 2],
    [
      "Ei muuta yhteistyön edellytyksiä.",
      "Koulun tiloja voi käyttää iltaisin kuten nyt.",
      "Monitoimitalo tarjoaa tilat asukkaiden, yhdistysten ja henkilöstön yhteistyölle.",
    ],
    "medium",
    ["associations"],
  ],
  [
    "value:avoimesti",
    [-1, 1, 1],
    [
      "Perheille ei voida kertoa, milloin ongelma ratkeaa.",
      "Vaihtoehdot on valmisteltu avoimesti ja niistä on kuultu huoltajia.",
      "Vaihtoehdot on valmisteltu avoimesti ja niistä on kuultu huoltajia.",
    ],
    "medium",
  ],
  [
    "value:asiakaslahtoisesti",
    [-1, 1, 2],
    [
      "Huoltajien kyselyssä nykytilanteeseen oltiin tyytymättömiä.",
      "Vastaa huoltajien toiveeseen säilyttää koulu nykyisellä paikalla.",
      "Vastaa kyselyn kolmeen yleisimpään toiveeseen: terveet tilat, liikuntasali ja päiväkoti lähellä.",
    ],
    "medium",
    ["families"],
  ],
  [
    "dim:health-wellbeing",
    [-3, 1, 3],
    [
      "Sisäilmatutkimuksen (2023) mukaan mikrobivaurioita on kolmessa siivessä; oireilu jatkuu.",
      "Korjaus poistaa tunnetut vauriot, mutta rakenteisiin voi jäädä riskejä.",
      "Uudet, terveet tilat; kosteudenhallinta on osa rakennushanketta.",
    ],
    "high",
    ["children", "personnel"],
  ],
  [
    "dim:children",
    [-3, 1, 3],
    [
      "Noin 420 oppilasta opiskelee tiloissa, joissa sisäilmassa on todettu ongelmia.",
      "Kahden vuoden väistö kontteihin kuormittaa oppilaita, sen jälkeen tilat ovat kunnossa.",
      "Lapsen etu: terveet tilat ja päiväkoti samassa pihapiirissä. Oppilaskunnan toiveet on otettu huomioon.",
    ],
    "high",
    ["children", "young-people"],
  ],
  [
    "dim:equality",
    [-1, 0, 2],
    [
      "Esteettömyys on puutteellinen; pyörätuolia käyttävä oppilas ei pääse toiseen kerrokseen.",
      "Hissi lisätään, mutta osa tiloista jää esteelliseksi.",
      "Rakennus on esteetön ja tukee erityisen tuen oppilaiden opetusta.",
    ],
    "medium",
    ["disabled-people", "children"],
  ],
  [
    "dim:gender-equality",
    [0, 0, 0],
    [
      "Ei tunnistettuja eroja sukupuolten välillä.",
      "Ei tunnistettuja eroja sukupuolten välillä.",
      "Ei tunnistettuja eroja; pukuhuoneet suunnitellaan kaikille sukupuolille sopiviksi.",
    ],
    "medium",
  ],
  [
    "dim:participation",
    [0, 1, 1],
    [
      "Ei muutosta.",
      "Huoltajia, oppilaskuntaa ja henkilöstöä on kuultu; kuulemista jatketaan suunnittelussa.",
      "Huoltajia, oppilaskuntaa ja henkilöstöä on kuultu; käyttäjät osallistuvat suunnitteluun.",
    ],
    "medium",
  ],
  [
    "dim:accessibility",
    [-2, 1, 3],
    [
      "Toinen kerros ei ole esteetön, eikä piha sovellu liikkumisen apuvälineille.",
      "Hissi ja luiskat parantavat esteettömyyttä.",
      "Esteetön rakennus ja piha, induktiosilmukat ja selkeä opastus.",
    ],
    "high",
    ["disabled-people"],
  ],
  [
    "dim:safety",
    [-1, 1, 2],
    [
      "Kontit ja huonokuntoiset rakenteet lisäävät tapaturmariskiä pihalla.",
      "Korjauksen aikana työmaaliikenne kulkee koulumatkojen lähellä.",
      "Uusi saattoliikennealue erottaa autot koulumatkoista.",
    ],
    "medium",
    ["children"],
  ],
  [
    "dim:climate-mitigation",
    [-1, 1, 1],
    [
      "Vanhan rakennuksen energiankulutus on korkea.",
      "Energiakorjaus puolittaa lämmitysenergian, ja vanhat rakenteet säilyvät.",
      "Uusi rakennus on energiatehokas, mutta rakentamisen hiilijalanjälki on suuri.",
    ],
    "low",
  ],
  [
    "dim:climate-adaptation",
    [-1, 0, 1],
    [
      "Katon ja salaojien kunto ei kestä rankkasateita.",
      "Salaojat uusitaan, mutta tontti on edelleen altis hulevesille.",
      "Hulevedet hallitaan viherkatolla ja imeytyksellä.",
    ],
    "low",
  ],
  [
    "dim:nature",
    [0, 0, -1],
    [
      "Ei muutosta.",
      "Ei muutosta piha-alueeseen.",
      "Rakentaminen vie osan lähimetsästä; korvataan istutuksin.",
    ],
    "medium",
  ],
  [
    "dim:living-environment",
    [-1, 1, 2],
    [
      "Kontit ja rapistuva rakennus heikentävät kylän keskustaa.",
      "Kylän keskustan ilme säilyy.",
      "Monitoimitalo vahvistaa Littoisten keskustaa ja tiivistää taajamaa.",
    ],
    "medium",
    ["residents"],
  ],
  [
    "dim:residents-finances",
    [0, 0, 0],
    [
      "Ei vaikutusta asukkaiden maksuihin.",
      "Ei vaikutusta asukkaiden maksuihin.",
      "Ei vaikutusta asukkaiden maksuihin; koulumatkat eivät pitene.",
    ],
    "high",
  ],
  [
    "dim:business-vitality",
    [-1, 1, 1],
    [
      "Alueen vetovoima lapsiperheille heikkenee.",
      "Korjaus työllistää paikallisia urakoitsijoita.",
      "Rakennushanke ja vetovoimainen palvelukeskus tukevat elinvoimaa.",
    ],
    "low",
    ["businesses"],
  ],
  [
    "dim:personnel",
    [-2, 1, 2],
    [
      "Oireilu lisää sairauspoissaoloja ja vaikeuttaa rekrytointia.",
      "Väistötilojen aikana työolot ovat ahtaat.",
      "Uudet työtilat ja yhteiset tilat päiväkodin kanssa helpottavat työtä.",
    ],
    "medium",
    ["personnel"],
  ],
];

const ratings: Rating[] = rows.flatMap(([criterionId, values, justifications, confidence, groups]) =>
  alternatives.map((alternativeId, i) => ({
    alternativeId,
    criterionId,
    value: values[i] ?? "not-assessed",
    justification: justifications[i],
    confidence,
    horizon: "long" as const,
    ...(groups ? { affectedGroups: groups } : {}),
  })),
);

const years = [2026, 2027, 2028, 2029, 2030, 2031];
const flow = (operating: number[], investment: number[], income: number[]) =>
  years.map((year, i) => ({
    year,
    operatingCost: operating[i] ?? 0,
    investment: investment[i] ?? 0,
    income: income[i] ?? 0,
  }));

/**
 * A filled Kaarina case, valid against exampleStrategies.kaarina: what to do with Littoinen
 * school, whose building has indoor-air damage. Written by us for the demo; the strategy's
 * goals and values come from seed 002.
 */
export const demoAssessment: Assessment = AssessmentSchema.parse({
  schemaVersion: 1,
  strategyRef: { id: "kaarina-strategia", version: 1 },
  basics: {
    title: "Littoisten koulun tilaratkaisu",
    caseRef: {
      organization: "kaarina",
      system: "dynasty",
      caseId: "657/02.02.00/2023",
      taskClass: "02.02.00",
    },
    decisionBody: "Kaupunginhallitus",
    preparer: { name: "Sanna Esimerkki", title: "Sivistysjohtaja" },
    presenter: { name: "Kaupunginjohtaja" },
    deadline: "2026-03-16",
    problem:
      "Littoisten koulun vanhassa osassa on todettu kosteus- ja mikrobivaurioita. Oppilaat ja opettajat oireilevat. Koulu on myös liian pieni, koska alueen lapsimäärä kasvaa.",
    objective:
      "Littoisten lapsille terveet ja riittävät koulutilat vuodesta 2029 alkaen kohtuullisin kustannuksin.",
    language: "fi",
    publicity: { class: "public", containsPersonalData: false, showInResidentView: true },
  },
  screening: {
    answers: {
      costAboveThreshold: true,
      affectsChildren: true,
      affectsServices: true,
      affectsEnvironment: true,
      affectsPersonnel: true,
      affectsLanguageRights: false,
      irreversible: true,
    },
    estimatedCost: 14_000_000,
    costThreshold: 1_000_000,
    outcome: "full",
  },
  alternatives: [
    {
      id: "nykytila",
      name: "Nykyinen koulu ilman peruskorjausta",
      shortName: "Nykytila",
      description: "Korjataan vain välttämättömät viat ja vuokrataan väistötiloja tarpeen mukaan.",
      actions: "Vuosittaiset kiireelliset korjaukset ja siirtokelpoiset tilat pihalle vuodesta 2027.",
      baseline: true,
    },
    {
      id: "peruskorjaus",
      name: "Vanhan koulun peruskorjaus ja laajennus",
      shortName: "Peruskorjaus",
      description: "Vanha osa peruskorjataan ja koulua laajennetaan kahdella luokalla.",
      actions: "Opetus väistötiloissa 2027–2028, korjaus valmis syksyllä 2028.",
      baseline: false,
    },
    {
      id: "uudisrakennus",
      name: "Uusi koulu ja päiväkoti samaan rakennukseen",
      shortName: "Uusi koulu",
      description: "Rakennetaan uusi koulu- ja päiväkotirakennus (monitoimitalo) nykyisen koulun viereen.",
      actions: "Rakentaminen 2026–2028, vanha osa puretaan ja tontti myydään 2029.",
      baseline: false,
    },
  ],
  ratings,
  economy: {
    discountRate: 0.03,
    baseYear: 2026,
    flows: [
      {
        alternativeId: "nykytila",
        rows: flow([180_000, 430_000, 450_000, 470_000, 490_000, 510_000], [0, 300_000, 0, 0, 0, 0], []),
        fundingSource: "Käyttötalous, tilapalvelut",
      },
      {
        alternativeId: "peruskorjaus",
        rows: flow(
          [180_000, 380_000, 380_000, 120_000, 120_000, 120_000],
          [500_000, 3_500_000, 3_000_000],
          [],
        ),
        fundingSource: "Talousarvio 2026–2028, investointiosa",
      },
      {
        alternativeId: "uudisrakennus",
        rows: flow(
          [180_000, 180_000, 180_000, 90_000, 90_000, 90_000],
          [1_000_000, 6_000_000, 7_000_000],
          [0, 0, 0, 1_200_000, 0, 0],
        ),
        fundingSource: "Talousarvio 2026–2028, investointiosa; tontin myyntitulo 2029",
      },
    ],
    notes: "Kustannusarviot: tilapalvelujen hankesuunnitelma 11/2025. Hinnat vuoden 2025 tasossa.",
  },
  risks: {
    items: [
      {
        id: "r1",
        alternativeId: "nykytila",
        title: "Tilat joudutaan sulkemaan",
        category: "operational",
        likelihood: 4,
        consequence: 4,
        owner: "Tilapalvelupäällikkö",
        mitigation: "Sisäilman seuranta ja varasuunnitelma väistötiloista.",
        residualLikelihood: 3,
        residualConsequence: 4,
      },
      {
        id: "r2",
        alternativeId: "peruskorjaus",
        title: "Korjauksessa löytyy uusia vaurioita",
        category: "financial",
        likelihood: 3,
        consequence: 3,
        owner: "Hankepäällikkö",
        mitigation: "Kuntotutkimus ennen urakkaa ja 15 %:n varaus kustannusarviossa.",
        residualLikelihood: 2,
        residualConsequence: 3,
      },
      {
        id: "r3",
        alternativeId: "uudisrakennus",
        title: "Rakennuskustannukset nousevat",
        category: "financial",
        likelihood: 3,
        consequence: 3,
        owner: "Hankepäällikkö",
        mitigation: "Allianssimalli ja tavoitehinta; vaiheistus tarvittaessa.",
        residualLikelihood: 2,
        residualConsequence: 3,
      },
      {
        id: "r4",
        alternativeId: "uudisrakennus",
        title: "Kaavamuutos viivästyy",
        category: "legal",
        likelihood: 2,
        consequence: 3,
        owner: "Kaavoituspäällikkö",
        mitigation: "Kaavamuutos käynnistetään rinnakkain hankesuunnittelun kanssa.",
        residualLikelihood: 1,
        residualConsequence: 3,
      },
    ],
  },
  participation: [
    {
      id: "p1",
      group: "residents",
      who: "Littoisten koulun huoltajat",
      method: "survey",
      date: "2025-10-15",
      summary:
        "Kyselyyn vastasi 312 huoltajaa. Tärkeimmät toiveet: terveet tilat, liikuntasali ja päiväkoti lähellä.",
      changes: "Uudisrakennukseen lisättiin liikuntasali, jota asukkaat voivat käyttää iltaisin.",
    },
    {
      id: "p2",
      group: "children",
      who: "Littoisten koulun oppilaskunta",
      method: "workshop",
      date: "2025-10-22",
      summary: "Oppilaat toivoivat turvallista pihaa, rauhallisia oppimisen tiloja ja parempaa ruokalaa.",
      changes: "Saattoliikenne erotetaan pihasta kaikissa vaihtoehdoissa.",
    },
    {
      id: "p3",
      group: "disability-council",
      who: "Kaarinan vammaisneuvosto",
      method: "statement",
      date: "2025-11-05",
      summary: "Neuvosto edellytti esteettömyyttä koko rakennukseen ja pihaan.",
      changes: "Peruskorjaukseen lisättiin hissi ja luiskat.",
    },
    {
      id: "p4",
      group: "personnel",
      who: "Koulun ja päiväkodin henkilöstö, yhteistoimintaryhmä",
      method: "meeting",
      date: "2025-11-12",
      summary: "Henkilöstö korosti terveitä tiloja ja toivoi yhteisiä tiloja päiväkodin kanssa.",
    },
  ],
  conclusion: {
    recommendedAlternativeId: "uudisrakennus",
    justification:
      "Uusi koulu ja päiväkoti poistaa sisäilmaongelman pysyvästi. Se vastaa kasvavaan lapsimäärään. Se maksaa eniten, mutta ero peruskorjaukseen on pieni, kun tontin myyntitulo ja pienemmät käyttökulut otetaan huomioon.",
    followUp: {
      date: "2030-06-01",
      indicators: [
        "Sisäilmaoireilu kouluterveyskyselyssä",
        "Tilojen käyttöaste iltaisin",
        "Toteutuneet kustannukset",
      ],
      responsible: "Sivistysjohtaja",
    },
  },
});
