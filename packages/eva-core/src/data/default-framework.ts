import type { ImpactFramework } from "../schemas/impact-framework.js";

type Dim = ImpactFramework["dimensions"][number];

function dim(
  id: string,
  group: Dim["group"],
  label: [string, string, string],
  question: [string, string, string],
  legalBasis?: [string, string, string],
  extra: Partial<Pick<Dim, "measure" | "bilingualOnly">> = {},
): Dim {
  const [fi, sv, en] = label;
  const [qfi, qsv, qen] = question;
  return {
    id,
    group,
    label: { fi, sv, en },
    question: { fi: qfi, sv: qsv, en: qen },
    ...(legalBasis ? { legalBasis: { fi: legalBasis[0], sv: legalBasis[1], en: legalBasis[2] } } : {}),
    measure: extra.measure ?? "rating",
    bilingualOnly: extra.bilingualOnly ?? false,
  };
}

/**
 * The default impact framework (vaikutusalueet), after Kuntaliitto's recommendation (residents,
 * environment, organisation, finances), the THL/Innokylä impact × alternative matrix, and the laws
 * that require an assessment. Each municipality may change it (PUT /v1/framework).
 */
export const defaultFramework: ImpactFramework = {
  id: "eva-default",
  version: 1,
  name: {
    fi: "EVA:n vaikutusalueet",
    sv: "EVA:s konsekvensområden",
    en: "EVA impact dimensions",
  },
  dimensions: [
    dim(
      "health-wellbeing",
      "people",
      ["Terveys ja hyvinvointi", "Hälsa och välfärd", "Health and well-being"],
      [
        "Miten päätös vaikuttaa asukkaiden terveyteen, hyvinvointiin ja terveyserojen kaventamiseen?",
        "Hur påverkar beslutet invånarnas hälsa, välfärd och skillnaderna i hälsa?",
        "How does the decision affect residents' health, well-being and health inequalities?",
      ],
      [
        "Terveydenhuoltolaki 1326/2010 11 § (vaikutusten arviointi), Kuntalaki 410/2015 1 §",
        "Hälso- och sjukvårdslagen 1326/2010 11 §, Kommunallagen 410/2015 1 §",
        "Health Care Act 1326/2010 s. 11, Local Government Act 410/2015 s. 1",
      ],
    ),
    dim(
      "children",
      "people",
      [
        "Lapset ja nuoret (lapsivaikutukset)",
        "Barn och unga (konsekvenser för barn)",
        "Children and young people",
      ],
      [
        "Miten päätös vaikuttaa lapsiin ja nuoriin, ja onko lapsen etu otettu ensisijaisesti huomioon?",
        "Hur påverkar beslutet barn och unga, och har barnets bästa kommit i främsta rummet?",
        "How does the decision affect children and young people, and is the best interest of the child a primary consideration?",
      ],
      [
        "YK:n lapsen oikeuksien sopimus 3 artikla; Nuorisolaki 1285/2016 24 §",
        "FN:s konvention om barnets rättigheter artikel 3; Ungdomslagen 1285/2016 24 §",
        "UN Convention on the Rights of the Child, art. 3; Youth Act 1285/2016 s. 24",
      ],
    ),
    dim(
      "equality",
      "people",
      [
        "Yhdenvertaisuus ja syrjimättömyys",
        "Likabehandling och icke-diskriminering",
        "Equality and non-discrimination",
      ],
      [
        "Kohteleeko päätös eri väestöryhmiä yhdenvertaisesti, ja syntyykö siitä välillistä syrjintää?",
        "Behandlar beslutet olika befolkningsgrupper lika, och kan det leda till indirekt diskriminering?",
        "Does the decision treat population groups equally, and could it cause indirect discrimination?",
      ],
      [
        "Yhdenvertaisuuslaki 1325/2014 5 §",
        "Diskrimineringslagen 1325/2014 5 §",
        "Non-Discrimination Act 1325/2014 s. 5",
      ],
    ),
    dim(
      "gender-equality",
      "people",
      ["Sukupuolten tasa-arvo", "Jämställdhet mellan könen", "Gender equality"],
      [
        "Vaikuttaako päätös eri tavoin eri sukupuoliin (sukupuolivaikutusten arviointi, SUVA)?",
        "Påverkar beslutet könen på olika sätt (könskonsekvensbedömning)?",
        "Does the decision affect women, men and other genders differently (gender impact assessment)?",
      ],
      [
        "Tasa-arvolaki 609/1986 4 §",
        "Jämställdhetslagen 609/1986 4 §",
        "Act on Equality between Women and Men 609/1986 s. 4",
      ],
    ),
    dim(
      "language-rights",
      "people",
      ["Kielelliset oikeudet", "Språkliga rättigheter", "Language rights"],
      [
        "Saavatko suomen- ja ruotsinkieliset palvelunsa omalla kielellään myös päätöksen jälkeen?",
        "Får finsk- och svenskspråkiga service på sitt eget språk även efter beslutet?",
        "Will Finnish and Swedish speakers still get services in their own language after the decision?",
      ],
      ["Kielilaki 423/2003 23 §", "Språklagen 423/2003 23 §", "Language Act 423/2003 s. 23"],
      { bilingualOnly: true },
    ),
    dim(
      "participation",
      "people",
      ["Osallisuus ja vaikutusmahdollisuudet", "Delaktighet och påverkan", "Participation and influence"],
      [
        "Onko asukkailla ja palvelujen käyttäjillä mahdollisuus osallistua ja vaikuttaa asiaan?",
        "Har invånarna och användarna möjlighet att delta och påverka?",
        "Can residents and service users take part and influence the matter?",
      ],
      ["Kuntalaki 410/2015 22 §", "Kommunallagen 410/2015 22 §", "Local Government Act 410/2015 s. 22"],
    ),
    dim(
      "accessibility",
      "people",
      ["Palvelujen saavutettavuus", "Tillgänglighet till service", "Accessibility of services"],
      [
        "Pääsevätkö kaikki palveluihin, myös liikuntarajoitteiset ja digitaalisia palveluja käyttävät (WCAG 2.1 AA)?",
        "Når alla servicen, även personer med funktionsnedsättning och de som använder digitala tjänster (WCAG 2.1 AA)?",
        "Can everyone reach the services, including people with disabilities and digital users (WCAG 2.1 AA)?",
      ],
      [
        "Laki digitaalisten palvelujen tarjoamisesta 306/2019; Yhdenvertaisuuslaki 15 §",
        "Lagen om tillhandahållande av digitala tjänster 306/2019; Diskrimineringslagen 15 §",
        "Act on the Provision of Digital Services 306/2019; Non-Discrimination Act s. 15",
      ],
    ),
    dim(
      "safety",
      "people",
      ["Turvallisuus", "Säkerhet", "Safety"],
      [
        "Miten päätös vaikuttaa asukkaiden fyysiseen ja koettuun turvallisuuteen?",
        "Hur påverkar beslutet invånarnas fysiska och upplevda säkerhet?",
        "How does the decision affect residents' physical and perceived safety?",
      ],
    ),
    dim(
      "climate-mitigation",
      "environment",
      ["Ilmastonmuutoksen hillintä", "Begränsning av klimatförändringen", "Climate mitigation"],
      [
        "Lisääkö vai vähentääkö päätös kasvihuonekaasupäästöjä?",
        "Ökar eller minskar beslutet utsläppen av växthusgaser?",
        "Does the decision increase or reduce greenhouse gas emissions?",
      ],
      ["Ilmastolaki 423/2022", "Klimatlagen 423/2022", "Climate Act 423/2022"],
    ),
    dim(
      "climate-adaptation",
      "environment",
      ["Ilmastonmuutokseen sopeutuminen", "Anpassning till klimatförändringen", "Climate adaptation"],
      [
        "Kestääkö ratkaisu helteet, rankkasateet ja tulvat?",
        "Klarar lösningen värmeböljor, skyfall och översvämningar?",
        "Will the solution cope with heatwaves, heavy rain and floods?",
      ],
    ),
    dim(
      "nature",
      "environment",
      ["Luonto ja monimuotoisuus", "Natur och mångfald", "Nature and biodiversity"],
      [
        "Miten päätös vaikuttaa luontoon, viheralueisiin ja lajien monimuotoisuuteen?",
        "Hur påverkar beslutet naturen, grönområdena och artrikedomen?",
        "How does the decision affect nature, green areas and biodiversity?",
      ],
      ["Luonnonsuojelulaki 9/2023", "Naturvårdslagen 9/2023", "Nature Conservation Act 9/2023"],
    ),
    dim(
      "living-environment",
      "environment",
      [
        "Elinympäristö ja yhdyskuntarakenne",
        "Livsmiljö och samhällsstruktur",
        "Living environment and community structure",
      ],
      [
        "Miten päätös vaikuttaa asuinalueisiin, liikkumiseen ja yhdyskuntarakenteeseen?",
        "Hur påverkar beslutet bostadsområdena, rörligheten och samhällsstrukturen?",
        "How does the decision affect neighbourhoods, getting around and the community structure?",
      ],
      [
        "Alueidenkäyttölaki 132/1999 9 §",
        "Områdesanvändningslagen 132/1999 9 §",
        "Land Use Act 132/1999 s. 9",
      ],
    ),
    dim(
      "municipal-finances",
      "economy",
      ["Kunnan talous", "Kommunens ekonomi", "Municipal finances"],
      [
        "Mitä vaihtoehto maksaa ja tuottaa vuosien mittaan (käyttö- ja investointimenot, tulot)?",
        "Vad kostar och ger alternativet över åren (drifts- och investeringsutgifter, inkomster)?",
        "What does the alternative cost and yield over the years (operating and investment spending, income)?",
      ],
      ["Kuntalaki 410/2015 110 §", "Kommunallagen 410/2015 110 §", "Local Government Act 410/2015 s. 110"],
      { measure: "npv" },
    ),
    dim(
      "residents-finances",
      "economy",
      ["Asukkaiden talous", "Invånarnas ekonomi", "Residents' finances"],
      [
        "Muuttuvatko asukkaiden maksut, matkakulut tai muut kustannukset?",
        "Ändras invånarnas avgifter, resekostnader eller andra kostnader?",
        "Do residents' fees, travel costs or other costs change?",
      ],
    ),
    dim(
      "business-vitality",
      "economy",
      [
        "Elinkeinot, elinvoima ja työllisyys",
        "Näringsliv, livskraft och sysselsättning",
        "Businesses, vitality and employment",
      ],
      [
        "Miten päätös vaikuttaa yrityksiin, työpaikkoihin ja kunnan vetovoimaan?",
        "Hur påverkar beslutet företagen, arbetsplatserna och kommunens dragningskraft?",
        "How does the decision affect businesses, jobs and the municipality's appeal?",
      ],
    ),
    dim(
      "personnel",
      "organisation",
      ["Henkilöstö ja toimintatavat", "Personal och arbetssätt", "Personnel and ways of working"],
      [
        "Miten päätös vaikuttaa henkilöstön määrään, työhön, osaamiseen ja jaksamiseen?",
        "Hur påverkar beslutet personalens antal, arbete, kompetens och ork?",
        "How does the decision affect staff numbers, work, skills and well-being at work?",
      ],
      [
        "Laki työnantajan ja henkilöstön välisestä yhteistoiminnasta kunnassa ja hyvinvointialueella 449/2007 (muut. 631/2021) 4 §",
        "Lagen om samarbete mellan arbetsgivare och arbetstagare i kommuner och välfärdsområden 449/2007 (ändr. 631/2021) 4 §",
        "Act on Co-operation between Employers and Employees in Municipalities and Wellbeing Services Counties 449/2007 (am. 631/2021) s. 4",
      ],
    ),
  ],
};
