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
  "error.notSubmitted":
    "Arviointi {id} on luonnos. Salkkuun voi ottaa vain hyväksyttäväksi lähetettyjä ja hyväksyttyjä arviointeja.",
  "error.duplicate": "Arviointi {id} on valittu kahdesti.",
  "error.boundsTogether": "Anna sekä alarajat että ylärajat.",
  "error.spreadAndBounds": "Anna joko vaihteluväli tai rajat, ei molempia.",
  "error.emptyWeights":
    "Painojen rajat ja järjestys sulkevat toisensa pois: mikään painotus ei täytä niitä kaikkia.",
  "error.tooComplex":
    "Laskenta kesti liian kauan. Kavenna painojen vaihteluväliä, anna järjestys tai valitse vähemmän ehdotuksia.",
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
  "error.notSubmitted":
    "Bedömningen {id} är ett utkast. Portföljen kan bara omfatta bedömningar som lämnats in för godkännande eller godkänts.",
  "error.duplicate": "Bedömningen {id} har valts två gånger.",
  "error.boundsTogether": "Ange både nedre och övre gränser.",
  "error.spreadAndBounds": "Ange antingen variationsbredd eller gränser, inte båda.",
  "error.emptyWeights": "Viktgränserna och ordningen utesluter varandra: ingen viktning uppfyller dem alla.",
  "error.tooComplex":
    "Beräkningen tog för lång tid. Minska viktintervallen, ange en ordning eller välj färre förslag.",
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
  "error.notSubmitted":
    "The assessment {id} is a draft. A portfolio takes only assessments submitted for approval or approved.",
  "error.duplicate": "The assessment {id} is chosen twice.",
  "error.boundsTogether": "Give both the lower and the upper bounds.",
  "error.spreadAndBounds": "Give either a spread or bounds, not both.",
  "error.emptyWeights": "The weight bounds and the order exclude each other: no weighting meets them all.",
  "error.tooComplex":
    "The computation took too long. Narrow the weight intervals, give an order or choose fewer proposals.",
};

export const portfolioMessages = {
  fi: portfolioMessagesFi,
  sv: portfolioMessagesSv,
  en: portfolioMessagesEn,
} as const;
