import { type TestApp, testApp, token } from "../../../eva-api/test/harness.js";
import { type ApiClient, createApiClient } from "../api/client.js";
import { i18n } from "../i18n/i18n.js";

export type { TestApp };

/**
 * The real eva-api (Hono app, lowdb directory on disk, demo seed, fixed clock 2026-03-01) answering
 * the app's fetches in process: the same routes, validation and ETags as over a socket.
 */
export async function realApi() {
  const t = await testApp();
  const client = (role: "preparer" | "approver" | "reader" | "admin" | null, org = "kaarina"): ApiClient =>
    createApiClient(
      role ? token(org, role) : null,
      () => i18n.language,
      "http://eva.test",
      (input, init) => Promise.resolve(t.app.request(String(input), init)),
    );
  return { t, client, token };
}
