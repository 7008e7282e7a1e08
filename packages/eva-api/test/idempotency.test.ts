import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "../src/auth/auth.js";
import { type TestApp, testApp, token } from "./harness.js";

// Issue 21 item 4: Idempotency-Key is bound to the request body and the caller (IETF draft
// "The Idempotency-Key HTTP Header Field", § 2.5–2.7): a retry gets the first answer again, the
// same key with another body or from another user is 422, and a retry while the first request
// is still being processed never makes a second assessment.
let t: TestApp;
const preparer = token("kaarina", "preparer");
const secondPreparer = "test-kaarina-preparer-2";
beforeAll(async () => {
  t = await testApp({
    tokens: [
      { sha256: hashToken(secondPreparer), organization: "kaarina", roles: ["preparer"], name: "Pekka" },
    ],
  });
});
afterAll(async () => {
  await t.close();
});

const body = (caseId: string) => ({
  caseRef: { organization: "kaarina", system: "casem", caseId },
  strategyId: "kaarina-strategia",
});
const create = (key: string, b: unknown, who = preparer, lang = "en") =>
  t.call("POST", "/v1/assessments", {
    token: who,
    body: b,
    headers: { "idempotency-key": key, "accept-language": lang },
  });
async function expectReused(res: Response) {
  expect(res.status).toBe(422);
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const p = (await res.json()) as { type: string; title: string };
  expect(p.type).toBe("urn:eva:problem:idempotency-key-reused");
  return p;
}
const idsWithCase = async (caseId: string) => {
  const res = await t.call("GET", `/v1/assessments?caseSystem=casem&caseId=${encodeURIComponent(caseId)}`);
  return ((await res.json()) as { items: Array<{ id: string }> }).items.map((x) => x.id);
};

describe("Idempotency-Key", () => {
  it("a retry with the same body by the same caller gets the same assessment (201 again)", async () => {
    const a = await create("retry-1", body("IDEM/1/2026"));
    expect(a.status).toBe(201);
    const b = await create("retry-1", body("IDEM/1/2026"));
    expect(b.status).toBe(201);
    expect(((await b.json()) as { id: string }).id).toBe(((await a.json()) as { id: string }).id);
    expect(await idsWithCase("IDEM/1/2026")).toHaveLength(1);
  });

  it("the same key with another body is 422, and nothing is created", async () => {
    expect((await create("k-body", body("IDEM/2/2026"))).status).toBe(201);
    const p = await expectReused(await create("k-body", body("IDEM/3/2026"), preparer, "fi"));
    expect(p.title).toBe("Idempotency-Key on jo käytetty toiseen pyyntöön");
    expect(await idsWithCase("IDEM/3/2026")).toEqual([]);
  });

  it("the same key from another user of the organization is 422, even with the same body", async () => {
    expect((await create("k-user", body("IDEM/4/2026"))).status).toBe(201);
    await expectReused(await create("k-user", body("IDEM/4/2026"), secondPreparer));
    expect(await idsWithCase("IDEM/4/2026")).toHaveLength(1);
  });

  it("another organization's keys are its own", async () => {
    expect((await create("k-org", body("IDEM/5/2026"))).status).toBe(201);
    const other = await create(
      "k-org",
      {
        caseRef: { organization: "heinola", system: "casem", caseId: "IDEM/5/2026" },
        strategyId: "heinola-strategia",
      },
      token("heinola", "preparer"),
    );
    expect(other.status).toBe(201);
  });

  it("ten concurrent requests with one key make one assessment", async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => create("k-race", body("IDEM/6/2026"))),
    );
    const statuses = answers.map((r) => r.status);
    // the first is 201; the others either waited for it (201, the same assessment) or were told
    // that it is still being processed (409, as the draft says)
    expect(
      statuses.every((s) => s === 201 || s === 409),
      statuses.join(),
    ).toBe(true);
    const ids = new Set<string>();
    for (const r of answers) if (r.status === 201) ids.add(((await r.json()) as { id: string }).id);
    expect(ids.size).toBe(1);
    expect(await idsWithCase("IDEM/6/2026")).toHaveLength(1);
  });
});
