/**
 * The portfolio analysis's wording (salkku), in plain language. Finnish is the reference; Swedish
 * and English are typed against it, so a missing key fails the build. {title}: the proposal,
 * {more} / {less}: criterion group names.
 */
export const portfolioMessagesFi = {
  "class.core": "ydin",
  "class.borderline": "rajatapaus",
  "class.exterior": "ulkopuolinen",
  "sentence.core": "Mukana kaikissa parhaissa salkuissa painoista riippumatta.",
  "sentence.exterior": "Ei mukana yhdessäkään parhaassa salkussa.",
  "sentence.exteriorOverBudget": "Maksaa enemmän kuin koko budjetti.",
  "sentence.both": "Mukana, jos ryhmän ”{more}” paino on suuri, ja pois, jos ryhmän ”{less}” paino on suuri.",
  "sentence.more": "Mukana, jos ryhmän ”{more}” paino on suuri.",
  "sentence.less": "Pois, jos ryhmän ”{less}” paino on suuri.",
  "sentence.tie": "Yhtä hyviä salkkuja on sen kanssa ja ilman sitä: valinta ei riipu painoista.",
  "csv.proposal": "ehdotus",
  "csv.case": "asia",
  "csv.class": "luokka",
  "csv.coreIndex": "ydinindeksi",
  "csv.cost": "kustannus (€)",
  "csv.value": "hyöty",
  "csv.explanation": "selitys",
};

type Catalogue = Record<keyof typeof portfolioMessagesFi, string>;

export const portfolioMessagesSv: Catalogue = {
  "class.core": "kärna",
  "class.borderline": "gränsfall",
  "class.exterior": "utanför",
  "sentence.core": "Ingår i alla de bästa portföljerna oavsett vikter.",
  "sentence.exterior": "Ingår inte i någon av de bästa portföljerna.",
  "sentence.exteriorOverBudget": "Kostar mer än hela budgeten.",
  "sentence.both": "Ingår om gruppen ”{more}” väger tungt och faller bort om gruppen ”{less}” väger tungt.",
  "sentence.more": "Ingår om gruppen ”{more}” väger tungt.",
  "sentence.less": "Faller bort om gruppen ”{less}” väger tungt.",
  "sentence.tie": "Lika bra portföljer finns med och utan den: valet beror inte på vikterna.",
  "csv.proposal": "förslag",
  "csv.case": "ärende",
  "csv.class": "klass",
  "csv.coreIndex": "kärnindex",
  "csv.cost": "kostnad (€)",
  "csv.value": "nytta",
  "csv.explanation": "förklaring",
};

export const portfolioMessagesEn: Catalogue = {
  "class.core": "core",
  "class.borderline": "borderline",
  "class.exterior": "exterior",
  "sentence.core": "In every best portfolio, whatever the weights.",
  "sentence.exterior": "In none of the best portfolios.",
  "sentence.exteriorOverBudget": "Costs more than the whole budget.",
  "sentence.both": "In when “{more}” weighs a lot, out when “{less}” weighs a lot.",
  "sentence.more": "In when “{more}” weighs a lot.",
  "sentence.less": "Out when “{less}” weighs a lot.",
  "sentence.tie": "Equally good portfolios exist with it and without it: the weights do not decide.",
  "csv.proposal": "proposal",
  "csv.case": "case",
  "csv.class": "class",
  "csv.coreIndex": "core index",
  "csv.cost": "cost (€)",
  "csv.value": "value",
  "csv.explanation": "explanation",
};

export const portfolioMessages = {
  fi: portfolioMessagesFi,
  sv: portfolioMessagesSv,
  en: portfolioMessagesEn,
} as const;
