import type { ProposalSpec } from "./build.js";

// Kaarina's proposals on everyday services for the 2026–2027 budget (written by us for the
// portfolio demo, after the goals and values of seed 002).

export const library: ProposalSpec = {
  caseId: "118/12.01.00/2025",
  title: "Omatoimikirjastot Kuusistoon ja Piispanristille",
  preparer: ["Maija Lehtinen", "Kirjastotoimenjohtaja"],
  problem:
    "Kuusiston ja Piispanristin asukkaat asioivat kirjastossa keskustassa. Lähikirjastot ovat auki vain kahtena päivänä viikossa.",
  objective: "Lähikirjastot auki joka päivä aamusta iltaan ilman lisähenkilöstöä.",
  zero: {
    name: "Lähikirjastot nykyisin aukioloajoin",
    description: "Lähikirjastot ovat auki kahtena päivänä viikossa henkilökunnan ollessa paikalla.",
  },
  proposal: {
    id: "omatoimi",
    name: "Omatoimikirjastot kahteen lähikirjastoon",
    shortName: "Omatoimikirjastot",
    description: "Lähikirjastoihin asennetaan kulunvalvonta, lainausautomaatit ja kamerat.",
    actions: "Laitteet hankitaan 2026, käyttö alkaa syksyllä 2026.",
    effects: {
      "goal:sujuvat-arjen-palvelut": [3, "Kirjasto on auki joka päivä lähellä asukkaita.", ["residents"]],
      "goal:hyvinvoinnin-edistaminen": [1, "Lukeminen ja kohtaamiset lähellä kotia tukevat hyvinvointia."],
      "value:asiakaslahtoisesti": [2, "Aukioloajat vastaavat asukaskyselyn toiveisiin."],
      "value:yhdessa": [1, "Tilat ovat yhdistysten käytössä iltaisin."],
      "dim:children": [1, "Koululaiset voivat käyttää kirjastoa koulupäivän jälkeen.", ["children"]],
      "dim:accessibility": [2, "Palvelu on saatavilla myös iltaisin ja viikonloppuisin."],
      "dim:equality": [1, "Palvelu on lähellä myös niille, joilla ei ole autoa."],
      "dim:living-environment": [1, "Lähikirjasto elävöittää asuinalueen keskusta."],
      "dim:safety": [-1, "Valvomattomissa tiloissa voi sattua ilkivaltaa."],
      "dim:personnel": [1, "Henkilökunnan aika vapautuu ohjaukseen ja tapahtumiin.", ["personnel"]],
    },
  },
  investment: [240_000, 60_000],
  operating: { zero: 180_000, change: 15_000 },
  funding: "Talousarvio 2026–2027, investointiosa (kirjastot)",
  risks: [
    {
      title: "Ilkivalta valvomattomana aikana",
      category: "operational",
      likelihood: 2,
      consequence: 2,
      owner: "Kirjastotoimenjohtaja",
      mitigation: "Kameravalvonta ja kirjautuminen kirjastokortilla.",
      residualLikelihood: 1,
      residualConsequence: 2,
    },
    {
      zero: true,
      title: "Lainausmäärät laskevat edelleen",
      category: "strategic",
      likelihood: 4,
      consequence: 2,
      owner: "Kirjastotoimenjohtaja",
    },
  ],
  screening: { children: true, services: true, environment: false, personnel: true },
  heard: [
    {
      group: "residents",
      who: "Kuusiston ja Piispanristin asukkaat",
      method: "survey",
      date: "2025-09-10",
      summary: "Kyselyyn vastasi 540 asukasta. Pidemmät aukioloajat olivat tärkein toive.",
      changes: "Omatoimiaikaa jatkettiin kello 22:een.",
    },
  ],
  justification:
    "Omatoimikirjastot pitävät lähikirjastot auki joka päivä. Hankinta on pieni ja hyöty näkyy heti asukkaiden arjessa.",
  indicators: ["Lähikirjastojen käyntikerrat", "Lainat asukasta kohden"],
};

export const youthCentre: ProposalSpec = {
  caseId: "87/12.02.00/2025",
  title: "Piikkiön nuorisotila",
  preparer: ["Jussi Virtanen", "Nuorisopalvelupäällikkö"],
  problem:
    "Piikkiössä ei ole omaa nuorisotilaa. Nuoret kokoontuvat kauppakeskuksen pihalla, ja ilkivaltailmoitukset ovat lisääntyneet.",
  objective: "Piikkiön nuorille turvallinen ja ohjattu kohtaamispaikka iltaisin.",
  zero: {
    name: "Liikkuva nuorisotyö ilman omaa tilaa",
    description: "Nuorisotyöntekijät kiertävät Piikkiössä kahtena iltana viikossa.",
    effects: {
      "dim:safety": [-1, "Nuoret viettävät iltoja valvomattomissa paikoissa.", ["young-people"]],
    },
  },
  proposal: {
    id: "nuorisotila",
    name: "Nuorisotila vanhaan kirjastorakennukseen",
    shortName: "Nuorisotila",
    description:
      "Piikkiön vanha kirjastorakennus korjataan nuorisotilaksi, joka on auki viitenä iltana viikossa.",
    actions: "Korjaus 2026, toiminta alkaa tammikuussa 2027.",
    effects: {
      "goal:hyvinvoinnin-edistaminen": [
        3,
        "Ennaltaehkäisevää nuorisotyötä lähellä nuoria.",
        ["young-people"],
      ],
      "goal:viihtyisa-lahiymparisto": [1, "Ilkivalta keskustassa vähenee."],
      "value:yhdessa": [2, "Nuoret suunnittelevat tilan ja sen toiminnan itse."],
      "value:asiakaslahtoisesti": [1, "Aukioloajat sovitaan nuorisovaltuuston kanssa."],
      "dim:children": [
        3,
        "Nuorilla on turvallinen paikka ja aikuinen lähellä.",
        ["children", "young-people"],
      ],
      "dim:health-wellbeing": [2, "Harrastukset ja ohjattu toiminta vähentävät yksinäisyyttä."],
      "dim:participation": [2, "Nuorisovaltuusto osallistuu toiminnan suunnitteluun.", ["young-people"]],
      "dim:equality": [1, "Maksuton tila kaikille nuorille perheen tuloista riippumatta.", ["low-income"]],
      "dim:safety": [1, "Ohjattu toiminta vähentää illanviettoa kaupan pihalla."],
      "dim:personnel": [1, "Nuorisotyöntekijöillä on pysyvä työpaikka.", ["personnel"]],
    },
  },
  investment: [520_000, 80_000],
  operating: { zero: 90_000, change: 70_000 },
  funding: "Talousarvio 2026–2027, investointiosa (nuorisopalvelut)",
  risks: [
    {
      title: "Korjauksessa löytyy kosteusvaurioita",
      category: "property",
      likelihood: 2,
      consequence: 3,
      owner: "Tilapalvelupäällikkö",
      mitigation: "Kuntotutkimus ennen suunnittelua.",
      residualLikelihood: 1,
      residualConsequence: 3,
    },
    {
      zero: true,
      title: "Nuorten häiriökäyttäytyminen lisääntyy",
      category: "reputation",
      likelihood: 3,
      consequence: 3,
      owner: "Nuorisopalvelupäällikkö",
    },
  ],
  screening: { children: true, services: true, environment: false, personnel: true },
  heard: [
    {
      group: "youth-council",
      who: "Kaarinan nuorisovaltuusto",
      method: "workshop",
      date: "2025-10-02",
      summary: "Nuoret toivoivat tilaa pelaamiseen, musiikkiin ja rauhalliseen oleskeluun.",
      changes: "Tilaan suunniteltiin bänditila ja hiljainen huone.",
    },
  ],
  justification:
    "Nuorisotila on edullinen tapa tukea piikkiöläisten nuorten hyvinvointia. Nuoret ovat itse toivoneet tilaa.",
  indicators: ["Kävijämäärä viikossa", "Ilkivaltailmoitukset Piikkiön keskustassa"],
};

export const eServices: ProposalSpec = {
  caseId: "301/00.01.00/2025",
  title: "Sähköisen asioinnin palvelualusta",
  preparer: ["Tiina Saarinen", "Digikehityspäällikkö"],
  problem:
    "Asukkaat täyttävät useimmat hakemukset paperilla. Käsittely on hidasta, eikä hakija näe, missä vaiheessa asia on.",
  objective: "Yleisimmät hakemukset verkossa vuoden 2027 loppuun mennessä, myös mobiilissa.",
  zero: {
    name: "Paperilomakkeet ja sähköposti",
    description: "Hakemukset jätetään paperilla tai sähköpostilla kuten nyt.",
  },
  proposal: {
    id: "alusta",
    name: "Yhteinen sähköisen asioinnin alusta",
    shortName: "Sähköinen asiointi",
    description: "Hankitaan alusta, jolla asukas hakee, seuraa ja saa päätöksen verkossa.",
    actions: "Kilpailutus 2026, varhaiskasvatus- ja liikuntahakemukset 2026, muut 2027.",
    effects: {
      "goal:sujuvat-arjen-palvelut": [2, "Asiointi onnistuu ajasta ja paikasta riippumatta."],
      "goal:vastuullinen-johtaminen": [1, "Käsittelyajat ja kustannukset näkyvät johdolle."],
      "value:asiakaslahtoisesti": [2, "Hakija näkee asiansa vaiheen ja saa päätöksen nopeammin."],
      "value:avoimesti": [1, "Asian käsittely on läpinäkyvää."],
      "dim:accessibility": [1, "Palvelu tehdään saavutettavaksi, ja paperilomake säilyy."],
      "dim:equality": [-1, "Osa ikäihmisistä ei käytä verkkopalveluja.", ["elderly"]],
      "dim:personnel": [1, "Tallennustyö vähenee.", ["personnel"]],
      "dim:climate-mitigation": [1, "Paperin ja asiointimatkojen määrä vähenee."],
    },
  },
  investment: [400_000, 250_000],
  operating: { zero: 300_000, change: -40_000 },
  funding: "Talousarvio 2026–2027, investointiosa (tietohallinto)",
  risks: [
    {
      title: "Järjestelmätoimitus viivästyy",
      category: "operational",
      likelihood: 3,
      consequence: 2,
      owner: "Digikehityspäällikkö",
      mitigation: "Vaiheittainen käyttöönotto ja sanktiot sopimuksessa.",
      residualLikelihood: 2,
      residualConsequence: 2,
    },
    {
      zero: true,
      title: "Käsittelyajat pitenevät hakemusten lisääntyessä",
      category: "operational",
      likelihood: 4,
      consequence: 2,
      owner: "Hallintojohtaja",
    },
  ],
  screening: { children: false, services: true, environment: false, personnel: true },
  heard: [
    {
      group: "elderly-council",
      who: "Kaarinan vanhusneuvosto",
      method: "statement",
      date: "2025-11-20",
      summary: "Neuvosto edellytti, että paperilomake ja puhelinneuvonta säilyvät.",
      changes: "Asiointipisteeseen lisätään neuvontaa verkkoasiointiin.",
    },
  ],
  justification:
    "Sähköinen asiointi nopeuttaa palvelua ja vähentää tallennustyötä. Paperilomake säilyy niille, jotka sitä tarvitsevat.",
  indicators: ["Verkossa jätettyjen hakemusten osuus", "Keskimääräinen käsittelyaika"],
};

export const seniorsMeetingPlace: ProposalSpec = {
  caseId: "142/05.00.00/2025",
  title: "Ikäihmisten kohtaamispaikka Piikkiön keskustaan",
  preparer: ["Eeva Koskinen", "Vanhuspalvelujen päällikkö"],
  problem:
    "Piikkiön ikäihmisillä ei ole lähellä paikkaa, jossa tavata muita ja saada neuvontaa. Yksinäisyys on yleistä.",
  objective: "Matalan kynnyksen kohtaamispaikka, joka on auki arkipäivisin.",
  zero: {
    name: "Neuvonta keskustan palvelupisteessä",
    description: "Ikäihmisten neuvonta jatkuu Kaarinan keskustan palvelupisteessä.",
  },
  proposal: {
    id: "kohtaamispaikka",
    name: "Kohtaamispaikka vuokratiloihin",
    shortName: "Kohtaamispaikka",
    description: "Vuokrataan esteetön liiketila, jossa järjestöt ja kaupunki pitävät toimintaa ja neuvontaa.",
    actions: "Tilan muutostyöt keväällä 2026, toiminta alkaa elokuussa 2026.",
    effects: {
      "goal:hyvinvoinnin-edistaminen": [
        2,
        "Ennaltaehkäisee yksinäisyyttä ja toimintakyvyn heikkenemistä.",
        ["elderly"],
      ],
      "goal:sujuvat-arjen-palvelut": [1, "Neuvonta on lähellä."],
      "value:yhdessa": [
        2,
        "Järjestöt ja vapaaehtoiset pitävät toimintaa yhdessä kaupungin kanssa.",
        ["associations"],
      ],
      "value:asiakaslahtoisesti": [1, "Toiminta suunnitellaan ikäihmisten kanssa."],
      "dim:health-wellbeing": [2, "Liikuntaryhmät ja kohtaamiset tukevat toimintakykyä.", ["elderly"]],
      "dim:participation": [1, "Vanhusneuvosto osallistuu toiminnan suunnitteluun."],
      "dim:equality": [1, "Maksuton toiminta kaikille."],
      "dim:accessibility": [1, "Tila on esteetön ja lähellä bussipysäkkiä.", ["disabled-people"]],
    },
  },
  investment: [300_000, 0],
  operating: { zero: 40_000, change: 45_000 },
  funding: "Talousarvio 2026, investointiosa (vanhuspalvelut)",
  risks: [
    {
      title: "Järjestöjen vapaaehtoiset eivät riitä",
      category: "operational",
      likelihood: 2,
      consequence: 2,
      owner: "Vanhuspalvelujen päällikkö",
      mitigation: "Yhteistyösopimus kolmen järjestön kanssa.",
      residualLikelihood: 1,
      residualConsequence: 2,
    },
    {
      zero: true,
      title: "Yksinäisyys lisää ikäihmisten palvelutarvetta",
      category: "strategic",
      likelihood: 3,
      consequence: 2,
      owner: "Vanhuspalvelujen päällikkö",
    },
  ],
  screening: { children: false, services: true, environment: false, personnel: false },
  heard: [
    {
      group: "elderly-council",
      who: "Kaarinan vanhusneuvosto",
      method: "meeting",
      date: "2025-09-24",
      summary: "Neuvosto piti kohtaamispaikkaa tärkeänä ja toivoi sitä kauppojen lähelle.",
      changes: "Tila valittiin kauppakeskuksen vierestä.",
    },
  ],
  justification:
    "Kohtaamispaikka on edullinen tapa ehkäistä ikäihmisten yksinäisyyttä. Järjestöt tuovat toimintaan vapaaehtoisia.",
  indicators: ["Kävijämäärä viikossa", "Yksinäisyyttä kokevien osuus hyvinvointikyselyssä"],
};

export const daycare: ProposalSpec = {
  caseId: "164/12.00.00/2025",
  title: "Piispanristin uusi päiväkoti",
  preparer: ["Sari Mäkinen", "Varhaiskasvatusjohtaja"],
  problem:
    "Piispanristin lapsimäärä kasvaa uusien asuinalueiden myötä. Alueen päiväkotipaikat eivät riitä vuodesta 2027.",
  objective: "120 uutta päiväkotipaikkaa Piispanristille elokuuhun 2028 mennessä.",
  zero: {
    name: "Paikat muilta alueilta",
    description: "Lapsille osoitetaan paikkoja muiden alueiden päiväkodeista ja perhepäivähoidosta.",
    effects: {
      "goal:sujuvat-arjen-palvelut": [-2, "Perheet kuljettavat lapsia kauas kotoa.", ["families"]],
      "dim:children": [-1, "Pitkät matkat ja isot ryhmät kuormittavat pieniä lapsia.", ["children"]],
    },
  },
  proposal: {
    id: "paivakoti",
    name: "Kuuden ryhmän päiväkoti Piispanristille",
    shortName: "Päiväkoti",
    description: "Rakennetaan 120 lapsen päiväkoti koulun viereiselle tontille.",
    actions: "Suunnittelu 2026, rakentaminen 2027–2028, käyttöön elokuussa 2028.",
    effects: {
      "goal:sujuvat-arjen-palvelut": [3, "Päiväkotipaikka lähellä kotia.", ["families"]],
      "goal:hyvinvoinnin-edistaminen": [2, "Varhaiskasvatus tukee lasten kehitystä lähellä kotia."],
      "goal:viihtyisa-lahiymparisto": [1, "Täydentää uutta asuinaluetta."],
      "value:asiakaslahtoisesti": [2, "Vastaa perheiden tarpeeseen alueella."],
      "dim:children": [3, "Lapsen etu: lyhyt matka ja terveet tilat.", ["children"]],
      "dim:gender-equality": [1, "Vanhempien paluu työhön helpottuu.", ["families"]],
      "dim:climate-mitigation": [-1, "Rakentamisen hiilijalanjälki on suuri."],
      "dim:nature": [-1, "Rakentaminen vie osan lähimetsästä."],
      "dim:business-vitality": [1, "Palvelut tukevat alueen vetovoimaa lapsiperheille."],
      "dim:personnel": [1, "Uudet tilat parantavat työoloja.", ["personnel"]],
    },
  },
  investment: [600_000, 3_300_000],
  operating: { zero: 1_500_000, change: 250_000 },
  funding: "Talousarvio 2026–2028, investointiosa (varhaiskasvatus)",
  risks: [
    {
      title: "Rakennuskustannukset nousevat",
      category: "financial",
      likelihood: 3,
      consequence: 3,
      owner: "Hankepäällikkö",
      mitigation: "Tavoitehintainen urakka ja vaiheistus.",
      residualLikelihood: 2,
      residualConsequence: 3,
    },
    {
      zero: true,
      title: "Kaupunki ei pysty tarjoamaan paikkaa lain määräajassa",
      category: "legal",
      likelihood: 4,
      consequence: 3,
      owner: "Varhaiskasvatusjohtaja",
      mitigation: "Perhepäivähoidon ja ostopalvelun paikat varataan etukäteen.",
    },
  ],
  screening: { children: true, services: true, environment: true, personnel: true },
  heard: [
    {
      group: "residents",
      who: "Piispanristin lapsiperheet",
      method: "resident-evening",
      date: "2025-10-14",
      summary: "Perheet toivoivat päiväkotia kävelymatkan päähän ja turvallisia saattoreittejä.",
      changes: "Saattoliikenne suunnitellaan erilleen koulun pihasta.",
    },
  ],
  justification:
    "Uusi päiväkoti turvaa lähipäiväkotipaikat kasvavalle alueelle. Muuten lapset kuljetetaan kauas kotoa.",
  indicators: ["Päiväkotipaikan saaneet lähialueelta", "Käyttöaste"],
};
