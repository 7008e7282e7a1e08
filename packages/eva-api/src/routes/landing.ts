import { Hono } from "hono";
import type { Env } from "../context.js";
import { type Locale, localeOf } from "../locale.js";

const text: Record<Locale, { title: string; lead: string; docs: string; pub: string; tokens: string }> = {
  fi: {
    title: "EVA – vaikutusten ennakkoarviointi",
    lead: "Tämä on EVA-palvelun rajapinta. Ohjattu lomake avautuu tähän osoitteeseen, kun se on asennettu.",
    docs: "Rajapinnan ohjeet (OpenAPI)",
    pub: "Julkiset arvioinnit",
    tokens: "Kirjautumistunnukset tulostuvat palvelimen käynnistyessä.",
  },
  sv: {
    title: "EVA – förhandsbedömning av konsekvenser",
    lead: "Detta är EVA-tjänstens gränssnitt. Formuläret öppnas på denna adress när det är installerat.",
    docs: "Gränssnittets dokumentation (OpenAPI)",
    pub: "Offentliga bedömningar",
    tokens: "Inloggningsnycklarna skrivs ut när servern startar.",
  },
  en: {
    title: "EVA – ex-ante impact assessment",
    lead: "This is the EVA API. The wizard opens at this address when it is installed.",
    docs: "API documentation (OpenAPI)",
    pub: "Public assessments",
    tokens: "Sign-in tokens are printed when the server starts.",
  },
};

/** A small page at / while the wizard is not built: what this is and where to go. */
export const landingApp = new Hono<Env>().get("/", (c) => {
  const lang = localeOf(c);
  const t = text[lang];
  return c.html(`<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}a{color:#00347a}</style></head>
<body><main><h1>${t.title}</h1><p>${t.lead}</p>
<ul><li><a href="/docs">${t.docs}</a></li><li><a href="/public/assessments">${t.pub}</a></li></ul>
<p>${t.tokens}</p></main></body></html>`);
});
