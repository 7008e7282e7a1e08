import type { ProposalSpec } from "./build.js";

// Kaarina's proposals on the living environment for the 2026–2027 budget (written by us for the
// portfolio demo, after the goals and values of seed 002).

export const cyclePath: ProposalSpec = {
  caseId: "233/10.03.00/2025",
  title: "Littoistentien kevyen liikenteen väylä",
  preparer: ["Antti Nieminen", "Kunnossapitopäällikkö"],
  problem:
    "Littoistentiellä ei ole erillistä pyörätietä 1,8 kilometrin matkalla. Koululaiset pyöräilevät ajoradan reunassa.",
  objective: "Turvallinen koulureitti Littoisista keskustaan syksystä 2027.",
  zero: {
    name: "Nykyinen tie ilman pyörätietä",
    description: "Tie säilyy ennallaan; nopeusrajoitus pidetään 40 kilometrissä tunnissa.",
    effects: {
      "dim:safety": [-2, "Koululaiset kulkevat ajoradan reunassa.", ["children"]],
    },
  },
  proposal: {
    id: "vayla",
    name: "Erillinen pyörä- ja kävelytie koko matkalle",
    shortName: "Pyörätie",
    description: "Rakennetaan 1,8 kilometriä valaistua pyörä- ja kävelytietä ja kaksi suojatiesaareketta.",
    actions: "Suunnittelu ja maanhankinta 2026, rakentaminen kesällä 2027.",
    effects: {
      "goal:viihtyisa-lahiymparisto": [2, "Liikenneturvallisuus paranee koulureitillä."],
      "goal:sujuvat-arjen-palvelut": [1, "Koulu ja palvelut ovat turvallisesti pyöräillen saavutettavissa."],
      "value:asiakaslahtoisesti": [1, "Asukkaat ovat toivoneet väylää aloitteissaan."],
      "dim:safety": [3, "Koululaiset kulkevat erossa autoista.", ["children"]],
      "dim:children": [2, "Koulumatka on turvallinen ja sen voi kulkea itse.", ["children"]],
      "dim:health-wellbeing": [1, "Pyöräily ja kävely lisääntyvät."],
      "dim:climate-mitigation": [1, "Osa autolla tehdyistä saattomatkoista jää pois."],
      "dim:nature": [-1, "Tien varresta kaadetaan puita."],
      "dim:living-environment": [1, "Valaistu väylä parantaa alueen viihtyisyyttä."],
    },
  },
  investment: [850_000, 350_000],
  operating: { zero: 20_000, change: 8_000 },
  funding: "Talousarvio 2026–2027, investointiosa (liikenneväylät)",
  risks: [
    {
      title: "Maanhankinta viivästyy",
      category: "legal",
      likelihood: 2,
      consequence: 3,
      owner: "Maankäyttöpäällikkö",
      mitigation: "Neuvottelut maanomistajien kanssa aloitetaan heti.",
      residualLikelihood: 2,
      residualConsequence: 2,
    },
    {
      zero: true,
      title: "Koululaiselle sattuu liikenneonnettomuus",
      category: "operational",
      likelihood: 3,
      consequence: 5,
      owner: "Kunnossapitopäällikkö",
      mitigation: "Koulun kohdalle tilapäinen nopeusnäyttö ja koulukuljetus pienimmille.",
    },
  ],
  screening: { children: true, services: false, environment: true, personnel: false },
  heard: [
    {
      group: "residents",
      who: "Littoisten koulun huoltajat",
      method: "online-consultation",
      date: "2025-08-28",
      summary: "Huoltajat pitivät Littoistentietä vaarallisimpana koulureittinä.",
      changes: "Suojatiesaarekkeet lisättiin koulun kohdalle.",
    },
  ],
  justification:
    "Pyörätie tekee koulumatkasta turvallisen. Nykyisellä tiellä koululaiset kulkevat ajoradan reunassa.",
  indicators: ["Pyöräilijämäärä koulupäivinä", "Henkilövahinkoon johtaneet onnettomuudet"],
};

export const stormWater: ProposalSpec = {
  caseId: "241/10.03.00/2025",
  title: "Keskustan hulevesien hallinta",
  preparer: ["Laura Heikkinen", "Ympäristöpäällikkö"],
  problem:
    "Rankkasateet ovat tulvineet keskustan kellareihin kolmena kesänä. Hulevesiviemärit ovat liian pieniä.",
  objective: "Keskusta kestää kerran 20 vuodessa toistuvan rankkasateen ilman tulvavahinkoja.",
  zero: {
    name: "Viemärien korjaus vaurioiden mukaan",
    description: "Viemäreitä korjataan vain silloin, kun ne vaurioituvat.",
    effects: {
      "dim:climate-adaptation": [-2, "Tulvariski kasvaa, kun rankkasateet yleistyvät."],
    },
  },
  proposal: {
    id: "hulevedet",
    name: "Viivytysaltaat ja suuremmat viemärit",
    shortName: "Hulevedet",
    description: "Puistoon rakennetaan kaksi viivytysallasta ja pääviemäri uusitaan 600 metrin matkalta.",
    actions: "Altaat 2026, viemärityöt 2027.",
    effects: {
      "dim:climate-adaptation": [3, "Keskusta kestää rankkasateet."],
      "goal:viihtyisa-lahiymparisto": [1, "Altaat ovat osa puistoa ja lisäävät viheralueita."],
      "goal:vastuullinen-johtaminen": [1, "Ennakoiva investointi estää suurempia vahinkoja."],
      "dim:nature": [1, "Kosteikko lisää lajistoa ja puhdistaa vesiä."],
      "dim:safety": [1, "Tulvivat kadut ja kellarit eivät enää vaaranna asukkaita."],
      "dim:residents-finances": [1, "Asukkaiden tulvavahingot ja vakuutusmaksut vähenevät.", ["residents"]],
      "dim:business-vitality": [-1, "Työmaa haittaa keskustan liikkeitä kesällä 2027.", ["businesses"]],
    },
  },
  investment: [1_100_000, 1_500_000],
  operating: { zero: 60_000, change: 10_000 },
  funding: "Talousarvio 2026–2027, investointiosa (vesihuolto)",
  risks: [
    {
      title: "Kaivuussa löytyy pilaantunutta maata",
      category: "financial",
      likelihood: 2,
      consequence: 3,
      owner: "Ympäristöpäällikkö",
      mitigation: "Maaperätutkimus ennen urakkaa.",
      residualLikelihood: 2,
      residualConsequence: 2,
    },
    {
      zero: true,
      title: "Tulva vahingoittaa kiinteistöjä",
      category: "property",
      likelihood: 4,
      consequence: 4,
      owner: "Ympäristöpäällikkö",
      mitigation: "Tulvaohje asukkaille ja viemärien huuhtelu ennen syksyä.",
    },
  ],
  screening: { children: false, services: false, environment: true, personnel: false },
  heard: [
    {
      group: "businesses",
      who: "Keskustan yrittäjät",
      method: "meeting",
      date: "2025-11-04",
      summary: "Yrittäjät pyysivät, ettei työmaa katkaise pääsyä liikkeisiin.",
      changes: "Työt vaiheistetaan kortteli kerrallaan.",
    },
  ],
  justification:
    "Hulevesien hallinta suojaa keskustaa tulvilta. Vahingot ovat kolmessa kesässä maksaneet enemmän kuin altaat.",
  indicators: ["Tulvavahinkoilmoitukset", "Viemärien ylivuodot"],
};

export const streetLights: ProposalSpec = {
  caseId: "256/10.03.00/2025",
  title: "Katuvalojen vaihto ledeihin",
  preparer: ["Antti Nieminen", "Kunnossapitopäällikkö"],
  problem:
    "Kaarinan 6 000 katuvalosta puolet on vanhoja elohopea- ja natriumvalaisimia. Ne kuluttavat paljon sähköä, eikä osia enää saa.",
  objective: "Kaikki katuvalot energiatehokkaiksi vuoden 2027 loppuun mennessä.",
  zero: {
    name: "Valaisimien vaihto vikojen mukaan",
    description: "Vanhoja valaisimia vaihdetaan sitä mukaa kuin ne hajoavat.",
    effects: {
      "dim:safety": [-1, "Rikkoutuneita valoja on pimeänä viikkoja.", ["residents"]],
    },
  },
  proposal: {
    id: "ledit",
    name: "Kaikki vanhat valaisimet vaihdetaan ledeihin",
    shortName: "Ledivalot",
    description: "3 000 valaisinta vaihdetaan ohjattaviin ledivalaisimiin kahdessa vuodessa.",
    actions: "Puolet 2026, loput 2027.",
    effects: {
      "goal:vastuullinen-johtaminen": [2, "Sähkölasku pienenee noin 120 000 euroa vuodessa."],
      "goal:viihtyisa-lahiymparisto": [1, "Tasainen valaistus parantaa turvallisuutta."],
      "dim:climate-mitigation": [2, "Sähkönkulutus puolittuu."],
      "dim:safety": [1, "Viat korjataan nopeammin."],
      "dim:nature": [1, "Ohjattava valo vähentää valosaastetta."],
      "dim:personnel": [-1, "Vaihtotyö kuormittaa kunnossapitoa kahden vuoden ajan.", ["personnel"]],
    },
  },
  investment: [700_000, 700_000],
  operating: { zero: 420_000, change: -120_000 },
  funding: "Talousarvio 2026–2027, investointiosa (kunnallistekniikka)",
  risks: [
    {
      title: "Valaisinten toimitus viivästyy",
      category: "operational",
      likelihood: 2,
      consequence: 2,
      owner: "Kunnossapitopäällikkö",
      mitigation: "Kaksi toimittajaa ja vaiheistus.",
      residualLikelihood: 1,
      residualConsequence: 2,
    },
    {
      zero: true,
      title: "Vanhojen valaisimien varaosat loppuvat",
      category: "operational",
      likelihood: 4,
      consequence: 2,
      owner: "Kunnossapitopäällikkö",
    },
  ],
  screening: { children: false, services: false, environment: true, personnel: true },
  heard: [
    {
      group: "personnel",
      who: "Kunnossapidon henkilöstö",
      method: "meeting",
      date: "2025-10-08",
      summary: "Henkilöstö toivoi työn vaiheistamista talven ulkopuolelle.",
      changes: "Asennukset tehdään huhti–lokakuussa.",
    },
  ],
  justification:
    "Uudet valot maksavat itsensä takaisin noin kymmenessä vuodessa. Ne puolittavat sähkönkulutuksen.",
  indicators: ["Katuvalaistuksen sähkönkulutus", "Vikailmoitukset"],
};

export const swimmingHall: ProposalSpec = {
  caseId: "199/10.02.00/2025",
  title: "Kaarinan uimahallin peruskorjaus",
  preparer: ["Pekka Laine", "Liikuntapalvelupäällikkö"],
  problem:
    "Uimahallin altaat ja ilmanvaihto ovat 35 vuotta vanhoja. Kuntotutkimuksen mukaan korjaus on tehtävä viiden vuoden sisällä.",
  objective: "Uimahalli käytössä ainakin 30 vuotta, pienemmin energiakustannuksin.",
  zero: {
    name: "Välttämättömät korjaukset",
    description: "Korjataan vain välttämätön, ja halli pidetään auki niin kauan kuin mahdollista.",
    effects: {
      "goal:vastuullinen-johtaminen": [-1, "Korjausvelka kasvaa."],
    },
  },
  proposal: {
    id: "peruskorjaus",
    name: "Uimahallin peruskorjaus ja lasten allas",
    shortName: "Uimahalli",
    description: "Altaat, ilmanvaihto ja pukutilat uusitaan, ja halliin lisätään lasten opetusallas.",
    actions: "Suunnittelu 2026, halli kiinni korjauksen ajan syksystä 2026 syksyyn 2027.",
    effects: {
      "goal:hyvinvoinnin-edistaminen": [2, "Uimahalli on kaupungin käytetyin liikuntapaikka."],
      "goal:viihtyisa-lahiymparisto": [1, "Korjattu rakennus on terveellinen ja turvallinen."],
      "goal:sujuvat-arjen-palvelut": [1, "Palvelu säilyy keskustassa."],
      "dim:health-wellbeing": [2, "Uinti sopii kaikenikäisille ja kuntoutukseen.", ["elderly"]],
      "dim:children": [1, "Opetusallas parantaa koululaisten uimaopetusta.", ["children"]],
      "dim:accessibility": [1, "Allasnostin ja esteettömät pukutilat.", ["disabled-people"]],
      "dim:climate-mitigation": [1, "Lämmön talteenotto pienentää energiankulutusta."],
      "dim:business-vitality": [-1, "Halli on suljettu vuoden, mikä vie asiakkaita muualle."],
    },
  },
  investment: [3_800_000, 4_200_000],
  operating: { zero: 900_000, change: -80_000 },
  funding: "Talousarvio 2026–2027, investointiosa (liikuntapaikat)",
  risks: [
    {
      title: "Korjauksessa löytyy rakenteellisia vaurioita",
      category: "financial",
      likelihood: 3,
      consequence: 4,
      owner: "Tilapalvelupäällikkö",
      mitigation: "Rakenteiden avaukset ennen urakkaa ja 15 prosentin varaus.",
      residualLikelihood: 2,
      residualConsequence: 4,
    },
    {
      zero: true,
      title: "Halli joudutaan sulkemaan äkillisesti",
      category: "operational",
      likelihood: 3,
      consequence: 4,
      owner: "Liikuntapalvelupäällikkö",
      mitigation: "Altaiden ja ilmanvaihdon kuntoa seurataan kuukausittain.",
    },
  ],
  screening: { children: true, services: true, environment: true, personnel: true },
  heard: [
    {
      group: "associations",
      who: "Kaarinan Uimaseura ja eläkeläisjärjestöt",
      method: "hearing",
      date: "2025-11-18",
      summary: "Seurat toivoivat lasten opetusallasta ja korvaavia vuoroja naapurikunnista.",
      changes: "Korjauksen ajaksi sovitaan vuoroja Turun ja Paimion halleista.",
    },
  ],
  justification:
    "Peruskorjaus turvaa uimahallin vuosikymmeniksi. Ilman sitä halli voi joutua kiinni äkillisesti.",
  indicators: ["Käyntikerrat vuodessa", "Energiankulutus"],
};
