// A first visit in a fresh browser context (empty cache), as `pnpm bench:load` and
// `pnpm screenshots` measure it: the sign-in page, then the first wizard step of a draft case;
// every script, style and font as transferred, and the time the sign-in page, the resident view and
// the API docs take to become usable.
import type { Browser, BrowserContext, Request } from "playwright-core";

export interface SentFile {
  path: string;
  /** Playwright's resource type: script, stylesheet, font … (a worker's script counts as script) */
  type: string;
  /** the encoded (compressed) body as it came over the wire */
  bytes: number;
  /** when it was fetched: for the sign-in page, or after sign-in (list and first step) */
  step: "sign-in" | "case";
}

export interface FirstVisit {
  files: SentFile[];
  signInMs: number;
  publicMs: number;
  /** /docs (swagger-ui) until its first operation is shown */
  docsMs: number;
}

const TYPES = new Map([
  ["script", "script"],
  ["stylesheet", "stylesheet"],
  ["font", "font"],
]);

/** The demo's draft case that a first visit opens. */
export const FIRST_CASE = "Littoisten koulun tilaratkaisu (harjoitus)";

/**
 * Signs in on a fresh page of `context` and opens the demo's draft case at its first step; every
 * script, style and font transferred on the way (the encoded size), and how long the sign-in page
 * took to become usable.
 */
export async function signInAndFirstStep(
  context: BrowserContext,
  url: string,
  token: string,
): Promise<{ files: SentFile[]; signInMs: number }> {
  const page = await context.newPage();
  const files: SentFile[] = [];
  let step: SentFile["step"] | "done" = "sign-in";
  const pending: Promise<void>[] = [];
  // the context sees the page's requests and its workers'
  const onFinished = (request: Request) => {
    const path = new URL(request.url()).pathname;
    // a worker's script has no resource type of its own in every version: known by its path
    const type = TYPES.get(request.resourceType()) ?? (path.endsWith(".js") ? "script" : undefined);
    const at = step;
    if (!type || at === "done") return;
    pending.push(
      request.sizes().then((sizes) => {
        // nothing came over the wire for a file served from the cache
        if (sizes.responseBodySize > 0) files.push({ path, type, bytes: sizes.responseBodySize, step: at });
      }),
    );
  };
  context.on("requestfinished", onFinished);
  try {
    const t0 = Date.now();
    await page.goto(url);
    const field = page.getByLabel("Kirjautumistunnus");
    await field.waitFor();
    const signInMs = Date.now() - t0;
    await page.waitForLoadState("networkidle");
    step = "case";
    await field.fill(token);
    await page.keyboard.press("Enter");
    const open = page.getByRole("button", { name: FIRST_CASE, exact: true });
    await open.waitFor();
    // a click in the page: the list may still move under a pointer
    await open.evaluate((button: HTMLButtonElement) => button.click());
    await page.locator("form.step[aria-busy=false] h1").waitFor();
    await page.waitForLoadState("networkidle");
    await Promise.all(pending);
    step = "done";
    return { files, signInMs };
  } finally {
    context.off("requestfinished", onFinished);
  }
}

/** The encoded bytes of scripts and styles among `files` (fonts apart). */
export const codeBytes = (files: SentFile[]) =>
  files.filter((f) => f.type !== "font").reduce((sum, f) => sum + f.bytes, 0);

export async function firstVisit(browser: Browser, url: string, token: string): Promise<FirstVisit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const { files, signInMs } = await signInAndFirstStep(context, url, token);

    const resident = await context.newPage();
    const t1 = Date.now();
    await resident.goto(`${url}/public`);
    // its heading shown and its list loaded (nothing busy any more)
    await resident.waitForFunction(
      () => !!document.querySelector("main h1") && !document.querySelector("main [aria-busy=true]"),
    );
    const publicMs = Date.now() - t1;

    const docs = await context.newPage();
    const t2 = Date.now();
    await docs.goto(`${url}/docs`);
    await docs.locator(".opblock").first().waitFor();
    const docsMs = Date.now() - t2;
    return { files, signInMs, publicMs, docsMs };
  } finally {
    await context.close();
  }
}
