import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../src/auth/auth.js";
import { roleList, type TestApp, testApp, token } from "./harness.js";

// Role × endpoint × organization: who may do what, and another organization's resources are 404.
// Writes are sent with a wrong If-Match, so an allowed role gets past auth and stops at 412 —
// nothing changes, and each row stays independent of the others.
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

type Row = [method: string, path: string, allowed: Role[], body?: unknown];
const rows: Row[] = [
  ["GET", "/v1/me", roleList],
  ["GET", "/v1/strategies", roleList],
  ["GET", "/v1/strategies/kaarina-strategia", roleList],
  ["PUT", "/v1/strategies/kaarina-strategia", ["admin"], {}],
  ["GET", "/v1/framework", roleList],
  ["PUT", "/v1/framework", ["admin"], {}],
  ["GET", "/v1/assessments", roleList],
  ["GET", "/v1/assessments/demo-littoinen", roleList],
  ["PATCH", "/v1/assessments/demo-littoinen-draft", ["preparer"], {}],
  ["PUT", "/v1/assessments/demo-littoinen-draft", ["preparer"], {}],
  ["POST", "/v1/assessments/demo-littoinen-draft/submit", ["preparer"]],
  ["POST", "/v1/assessments/demo-littoinen/approve", ["approver"]],
  ["POST", "/v1/assessments/demo-littoinen/return", ["approver"], { comment: "x" }],
  ["POST", "/v1/assessments/demo-littoinen/reopen", ["approver"]],
  ["GET", "/v1/assessments/demo-littoinen/evaluation", roleList],
  ["GET", "/v1/assessments/demo-littoinen/summary", roleList],
  ["GET", "/v1/assessments/demo-littoinen/history", roleList],
  ["GET", "/v1/assessments/demo-littoinen/attachment", roleList],
  ["GET", "/v1/cases/dynasty/657%2F02.02.00%2F2023/assessments", roleList],
];

const ownResource = (path: string) => path.includes("demo-littoinen") || path.includes("kaarina-strategia");

describe("role × endpoint × organization", () => {
  for (const [method, path, allowed, body] of rows) {
    for (const role of roleList) {
      it(`${role} of kaarina: ${method} ${path}`, async () => {
        const res = await t.call(method, path, {
          token: token("kaarina", role),
          ...(body !== undefined ? { body } : {}),
          headers: { "if-match": '"0-stale"' },
        });
        if (allowed.includes(role)) {
          expect(res.status, await res.clone().text()).not.toBe(403);
          expect(res.status).not.toBe(401);
          expect([200, 409, 412, 422]).toContain(res.status);
        } else {
          expect(res.status).toBe(403);
        }
      });
      if (ownResource(path)) {
        it(`${role} of heinola: ${method} ${path} is 404 or 403, never the data`, async () => {
          const res = await t.call(method, path, {
            token: token("heinola", role),
            ...(body !== undefined ? { body } : {}),
            headers: { "if-match": '"0-stale"' },
          });
          // 404 for the resource, or 422 for a body that would be invalid anywhere: neither tells
          // whether the other organization's resource exists
          if (allowed.includes(role)) expect([404, 422]).toContain(res.status);
          else expect(res.status).toBe(403);
          expect(await res.text()).not.toContain("Littoisten");
        });
      }
    }
  }

  it("another organization's case list is empty, not theirs", async () => {
    const res = await t.call("GET", "/v1/cases/dynasty/657%2F02.02.00%2F2023/assessments", {
      token: token("heinola", "reader"),
    });
    expect(((await res.json()) as { items: unknown[] }).items).toEqual([]);
  });
});
