import { demoAssessment, exampleStrategies } from "eva-core";
import { describe, expect, it } from "vitest";
import type { WebhookEndpoint, WebhookEvent } from "../webhooks/events.js";
import {
  type AssessmentRecord,
  type AuditEvent,
  makeEtag,
  PreconditionFailedError,
  type Store,
} from "./store.js";

/** A minimal valid record for the contract tests. */
export function sampleRecord(
  id: string,
  organization = "kaarina",
  caseId = "657/02.02.00/2023",
): AssessmentRecord {
  const data = structuredClone(demoAssessment);
  data.basics.caseRef = { organization, system: "dynasty", caseId };
  return {
    id,
    organization,
    status: "draft",
    version: 1,
    revision: 1,
    etag: makeEtag("assessment", id, 1),
    strategyId: "kaarina-strategia",
    strategyVersion: 1,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: `2026-01-01T00:00:${String(id.length % 60).padStart(2, "0")}.000Z`,
    createdBy: "test",
    data,
    approvedVersions: [],
    followUps: [],
    audit: [],
  };
}

/** The n-th audit event of a test trail (an edit of the title). */
export function sampleEvent(n: number): AuditEvent {
  return {
    at: `2026-01-01T00:00:${String(n).padStart(2, "0")}.000Z`,
    actor: "test",
    action: "update",
    version: 1,
    patch: [{ op: "replace", path: "/basics/title", value: `t${n}` }],
  };
}

/** A webhook endpoint of the contract tests, taking `events`. */
export function sampleEndpoint(
  id: string,
  events: WebhookEndpoint["events"],
  organization = "kaarina",
): WebhookEndpoint {
  return {
    organization,
    id,
    url: "http://127.0.0.1:9/hook",
    events,
    secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
    createdAt: "2026-01-01T00:00:00.000Z",
    revision: 1,
    etag: makeEtag("webhook", id, 1),
  };
}

/** The event of a transition of `r`. */
export function sampleWebhookEvent(r: AssessmentRecord, type: WebhookEvent["type"], n = 1): WebhookEvent {
  return {
    id: `msg_${r.id}_${type}_${n}`,
    type,
    timestamp: `2026-01-02T00:00:${String(n % 60).padStart(2, "0")}.000Z`,
    data: {
      organization: r.organization,
      assessmentId: r.id,
      version: r.version,
      status: r.status,
      caseRef: null,
      attachmentUrl: `https://eva.example/v1/assessments/${r.id}/attachment`,
    },
  };
}

/**
 * The Store contract: every adapter (lowdb, PostgreSQL) runs the same suite. `open` gives a fresh,
 * empty store; `reopen` (when given) opens the same data again, as after a restart.
 */
export function storeContract(
  name: string,
  open: () => Promise<{ store: Store; reopen?: () => Promise<Store>; cleanup: () => Promise<void> }>,
) {
  describe(`Store contract: ${name}`, () => {
    it("creates, reads and hands out copies, never live references", async () => {
      const { store, cleanup } = await open();
      try {
        await store.putAssessment(sampleRecord("a1"), null);
        const a = await store.getAssessment("kaarina", "a1");
        expect(a?.data.basics?.title).toBe(demoAssessment.basics.title);
        if (a?.data.basics) a.data.basics.title = "mutated";
        expect((await store.getAssessment("kaarina", "a1"))?.data.basics?.title).toBe(
          demoAssessment.basics.title,
        );
        expect(await store.getAssessment("heinola", "a1")).toBeNull();
      } finally {
        await cleanup();
      }
    });

    it("writes only on the expected ETag (null = must not exist)", async () => {
      const { store, cleanup } = await open();
      try {
        const r = sampleRecord("a2");
        await store.putAssessment(r, null);
        await expect(store.putAssessment(r, null)).rejects.toBeInstanceOf(PreconditionFailedError);
        const next = { ...r, revision: 2, etag: makeEtag("assessment", "a2", 2) };
        await store.putAssessment(next, r.etag);
        await expect(store.putAssessment({ ...next, revision: 3 }, r.etag)).rejects.toBeInstanceOf(
          PreconditionFailedError,
        );
      } finally {
        await cleanup();
      }
    });

    it("of many concurrent writes with the same ETag exactly one wins", async () => {
      const { store, cleanup } = await open();
      try {
        const r = sampleRecord("a3");
        await store.putAssessment(r, null);
        const results = await Promise.allSettled(
          Array.from({ length: 20 }, (_, i) =>
            store.putAssessment({ ...r, revision: 2, etag: makeEtag("assessment", "a3", 100 + i) }, r.etag),
          ),
        );
        expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(1);
      } finally {
        await cleanup();
      }
    });

    it("lists by case key, status and text, newest first, with a cursor", async () => {
      const { store, cleanup } = await open();
      try {
        for (let i = 0; i < 5; i++)
          await store.putAssessment(sampleRecord(`b${"x".repeat(i)}`, "kaarina", `${i}/02.02.00/2026`), null);
        await store.putAssessment(sampleRecord("other-org", "heinola"), null);
        const p1 = await store.listAssessments("kaarina", { limit: 3 });
        expect(p1.items).toHaveLength(3);
        const p2 = await store.listAssessments("kaarina", { limit: 3, cursor: p1.nextCursor ?? "" });
        expect(p2.items).toHaveLength(2);
        expect(p2.nextCursor).toBeNull();
        expect(new Set([...p1.items, ...p2.items].map((x) => x.id)).size).toBe(5);
        const byCase = await store.listAssessments("kaarina", {
          limit: 10,
          caseKey: "dynasty:2/02.02.00/2026",
        });
        expect(byCase.items.map((x) => x.id)).toEqual(["bxx"]);
      } finally {
        await cleanup();
      }
    });

    it("lists the approved ones and finds one by id in any organization, also after a reopen", async () => {
      const { store, reopen, cleanup } = await open();
      try {
        type Publicity = NonNullable<AssessmentRecord["data"]["basics"]>["publicity"];
        /** an approved version whose publicity is `publicity` */
        const version = (n: number, publicity: Publicity): AssessmentRecord["approvedVersions"][number] => {
          const data = sampleRecord("x").data;
          return {
            version: n,
            approvedAt: "2026-01-02T00:00:00.000Z",
            approvedBy: "test",
            data: { ...data, basics: { ...data.basics, publicity } },
          };
        };
        const approved = (id: string, organization: string, ...versions: Publicity[]): AssessmentRecord => ({
          ...sampleRecord(id, organization),
          status: "approved",
          approvedVersions: versions.map((p, i) => version(i + 1, p)),
        });
        const shown: Publicity = { class: "public", containsPersonalData: false, showInResidentView: true };
        const hidden: Publicity = { class: "public", containsPersonalData: false, showInResidentView: false };
        const notShown: Publicity[] = [
          hidden,
          { class: "public", containsPersonalData: true, showInResidentView: false },
          {
            class: "confidential",
            reason: "JulkL 24 § 1 mom. 17 k",
            containsPersonalData: false,
            showInResidentView: true,
          },
        ];
        await store.putAssessment(approved("p1", "kaarina"), null);
        await store.putAssessment(approved("p2", "heinola", notShown[0]), null);
        await store.putAssessment(sampleRecord("d1", "kaarina"), null);
        // reopened for a new version: a draft again, with its approved version kept, in the resident view
        // (first stored before it was marked for the resident view: the update counts)
        const p3 = await store.putAssessment(approved("p3", "kaarina", hidden), null);
        await store.putAssessment(
          {
            ...approved("p3", "kaarina", shown),
            status: "draft",
            revision: 2,
            etag: makeEtag("assessment", "p3", 2),
          },
          p3.etag,
        );
        // the same id in two organizations: the first organization's (heinola < kaarina)
        await store.putAssessment(approved("twice", "kaarina", shown), null);
        await store.putAssessment(approved("twice", "heinola", notShown[1]), null);
        // not in the resident view; only the latest approved version counts (shown once, no longer)
        await store.putAssessment(approved("n1", "heinola", notShown[2]), null);
        await store.putAssessment(approved("n2", "kaarina", shown, hidden), null);
        const check = async (s: Store) => {
          expect((await s.listApproved("kaarina")).map((r) => r.id).sort()).toEqual([
            "n2",
            "p1",
            "p3",
            "twice",
          ]);
          expect((await s.listApproved(null)).map((r) => `${r.organization}/${r.id}`).sort()).toEqual([
            "heinola/n1",
            "heinola/p2",
            "heinola/twice",
            "kaarina/n2",
            "kaarina/p1",
            "kaarina/p3",
            "kaarina/twice",
          ]);
          expect((await s.findApproved("p2"))?.organization).toBe("heinola");
          expect((await s.findApproved("p3"))?.approvedVersions).toHaveLength(1);
          expect((await s.findApproved("twice"))?.organization).toBe("heinola");
          expect(await s.findApproved("d1")).toBeNull();
          expect(await s.findApproved("nobody")).toBeNull();
          // without the draft and the trail; a copy: changing it changes nothing stored
          const found = await s.findApproved("p3");
          expect(found && (Object.hasOwn(found, "data") || Object.hasOwn(found, "audit"))).toBe(false);
          const kept = found?.approvedVersions[0]?.data.basics;
          if (kept) kept.title = "mutated";
          expect((await s.findApproved("p3"))?.approvedVersions[0]?.data.basics?.title).toBe(
            demoAssessment.basics.title,
          );
          // the resident view, by organization and id
          const resident = await s.listResidentView();
          expect(resident.map((r) => `${r.organization}/${r.id}`)).toEqual(["kaarina/p3", "kaarina/twice"]);
          expect(resident.some((r) => Object.hasOwn(r, "data") || Object.hasOwn(r, "audit"))).toBe(false);
        };
        await check(store);
        if (reopen) await check(await reopen());
      } finally {
        await cleanup();
      }
    });

    it("appends an autosave's events to the stored trail, between whole writes, also after a reopen", async () => {
      const { store, reopen, cleanup } = await open();
      try {
        const event = sampleEvent;
        const r = { ...sampleRecord("t1"), audit: [event(0)] };
        await store.putAssessment(r, null);
        let current: AssessmentRecord = r;
        for (let n = 1; n <= 6; n++) {
          const next = {
            ...current,
            revision: n + 1,
            etag: makeEtag("assessment", "t1", n + 1),
            data: { ...current.data, basics: { ...current.data.basics, title: `Otsikko ${n}` } },
          };
          if (n % 3 === 0 || !store.getAssessmentForEdit) {
            // a whole write (a workflow action): the trail as read, and the new event
            const read = (await store.getAssessment("kaarina", "t1")) as AssessmentRecord;
            await store.putAssessment({ ...next, audit: [...read.audit, event(n)] }, current.etag);
          } else {
            // an autosave: the record without its trail, and just the new event
            const edit = await store.getAssessmentForEdit("kaarina", "t1");
            expect(edit && Object.hasOwn(edit.record, "audit")).toBe(false);
            expect(edit?.record.etag).toBe(current.etag);
            await store.putAssessment({ ...next, audit: [event(n)] }, current.etag, { appendAudit: true });
            // a stale autosave is refused and appends nothing
            await expect(
              store.putAssessment({ ...next, audit: [event(99)] }, current.etag, { appendAudit: true }),
            ).rejects.toBeInstanceOf(PreconditionFailedError);
          }
          current = next;
          if (store.assessmentEtag) expect(await store.assessmentEtag("kaarina", "t1")).toBe(next.etag);
        }
        const again = reopen ? await reopen() : store;
        const read = await again.getAssessment("kaarina", "t1");
        expect(read?.audit).toEqual([0, 1, 2, 3, 4, 5, 6].map(event));
        expect(read?.data.basics?.title).toBe("Otsikko 6");
        expect(read?.etag).toBe(current.etag);
        if (again.assessmentEtag) expect(await again.assessmentEtag("kaarina", "nobody")).toBeNull();
        if (again.getAssessmentForEdit)
          expect(await again.getAssessmentForEdit("kaarina", "nobody")).toBeNull();
        // a view's parts: the record's head and the draft's JSON as stored
        const parts = await again.getAssessmentParts?.("kaarina", "t1");
        if (parts) {
          expect(parts.head.etag).toBe(current.etag);
          expect(Object.hasOwn(parts.head, "data")).toBe(false);
          expect(JSON.parse(Buffer.from(parts.dataJson).toString("utf8"))).toEqual(read?.data);
          expect(await again.getAssessmentParts?.("kaarina", "nobody")).toBeNull();
        }
        const listed = await again.listAssessments("kaarina", { limit: 10 });
        expect(listed.items.find((x) => x.id === "t1")?.audit).toHaveLength(7);
      } finally {
        await cleanup();
      }
    });

    it("writes a transition's events with the record: a delivery for each endpoint that takes it, none on a refused write", async () => {
      const { store, reopen, cleanup } = await open();
      try {
        const hooks = store.webhooks();
        await hooks.putEndpoint(sampleEndpoint("w1", ["assessment.approved"]), null);
        await hooks.putEndpoint(sampleEndpoint("w2", ["assessment.submitted", "assessment.approved"]), null);
        await hooks.putEndpoint(sampleEndpoint("w3", ["assessment.approved"], "heinola"), null);
        const r = sampleRecord("o1");
        await store.putAssessment(r, null);
        const submitted = {
          ...r,
          status: "submitted" as const,
          revision: 2,
          etag: makeEtag("assessment", "o1", 2),
        };
        await store.putAssessment(submitted, r.etag, {
          events: [sampleWebhookEvent(submitted, "assessment.submitted")],
        });
        // a stale write writes neither the record nor its event
        const stale = {
          ...r,
          status: "approved" as const,
          revision: 3,
          etag: makeEtag("assessment", "o1", 3),
        };
        await expect(
          store.putAssessment(stale, r.etag, {
            events: [sampleWebhookEvent(stale, "assessment.approved", 9)],
          }),
        ).rejects.toBeInstanceOf(PreconditionFailedError);
        const approved = {
          ...submitted,
          status: "approved" as const,
          revision: 3,
          etag: makeEtag("assessment", "o1", 3),
        };
        await store.putAssessment(approved, submitted.etag, {
          events: [sampleWebhookEvent(approved, "assessment.approved", 2)],
        });
        const after = reopen ? await reopen() : store;
        const h = after.webhooks();
        const due = await h.claimDue("2026-01-03T00:00:00.000Z", "2026-01-03T00:01:00.000Z", 100);
        expect(due.map((d) => `${d.endpointId} ${d.event.type}`).sort()).toEqual([
          "w1 assessment.approved",
          "w2 assessment.approved",
          "w2 assessment.submitted",
        ]);
        expect(due.every((d) => d.status === "pending" && d.attempts === 0)).toBe(true);
        expect(due.find((d) => d.event.type === "assessment.submitted")?.expiresAt).toBe(
          "2026-01-05T00:00:01.000Z",
        );
        // taken until the lease ends: not handed out again before
        expect(await h.claimDue("2026-01-03T00:00:30.000Z", "2026-01-03T00:02:00.000Z", 100)).toEqual([]);
        expect((await h.claimDue("2026-01-03T00:01:00.000Z", "2026-01-03T00:02:00.000Z", 100)).length).toBe(
          3,
        );
      } finally {
        await cleanup();
      }
    });

    it("keeps a delivery's end across a reopen and sends a finished one again only on retry", async () => {
      const { store, reopen, cleanup } = await open();
      try {
        await store.webhooks().putEndpoint(sampleEndpoint("w1", ["assessment.submitted"]), null);
        const r = sampleRecord("o2");
        await store.putAssessment(r, null, { events: [sampleWebhookEvent(r, "assessment.submitted")] });
        const [d] = await store
          .webhooks()
          .claimDue("2026-01-03T00:00:00.000Z", "2026-01-03T00:01:00.000Z", 10);
        if (!d) throw new Error("no delivery");
        await store.webhooks().saveAttempt({
          ...d,
          status: "delivered",
          attempts: 1,
          nextAttemptAt: null,
          lastAttemptAt: "2026-01-03T00:00:00.000Z",
          responseStatus: 204,
        });
        let after = reopen ? await reopen() : store;
        expect(
          await after.webhooks().claimDue("2026-01-09T00:00:00.000Z", "2026-01-09T00:01:00.000Z", 10),
        ).toEqual([]);
        const [listed] = await after.webhooks().listDeliveries("kaarina", "w1", 10);
        expect(listed).toMatchObject({ id: d.id, status: "delivered", attempts: 1, responseStatus: 204 });
        expect(await after.webhooks().listDeliveries("heinola", "w1", 10)).toEqual([]);
        const again = await after.webhooks().retry("kaarina", "w1", d.id, "2026-01-09T00:00:00.000Z");
        expect(again).toMatchObject({ status: "pending", nextAttemptAt: "2026-01-09T00:00:00.000Z" });
        expect(await after.webhooks().retry("heinola", "w1", d.id, "2026-01-09T00:00:00.000Z")).toBeNull();
        after = reopen ? await reopen() : after;
        const due = await after
          .webhooks()
          .claimDue("2026-01-09T00:00:00.000Z", "2026-01-09T00:01:00.000Z", 10);
        expect(due.map((x) => x.id)).toEqual([d.id]);
        expect(due[0]?.event).toEqual(d.event);
      } finally {
        await cleanup();
      }
    });

    it("changes and deletes an endpoint only on its ETag", async () => {
      const { store, cleanup } = await open();
      try {
        const h = store.webhooks();
        const e = sampleEndpoint("w1", ["assessment.approved"]);
        await h.putEndpoint(e, null);
        await expect(h.putEndpoint(e, null)).rejects.toBeInstanceOf(PreconditionFailedError);
        const next = { ...e, revision: 2, etag: makeEtag("webhook", "w1", 2), secret: "whsec_b" };
        await h.putEndpoint(next, e.etag);
        await expect(h.deleteEndpoint("kaarina", "w1", e.etag)).rejects.toBeInstanceOf(
          PreconditionFailedError,
        );
        expect((await h.listEndpoints("kaarina")).map((x) => x.secret)).toEqual(["whsec_b"]);
        await h.deleteEndpoint("kaarina", "w1", next.etag);
        expect(await h.listEndpoints("kaarina")).toEqual([]);
      } finally {
        await cleanup();
      }
    });

    it("keeps strategies with versions and the framework, and survives a reopen", async () => {
      const { store, reopen, cleanup } = await open();
      try {
        const s = exampleStrategies.kaarina;
        await store.putStrategy({ organization: "kaarina", id: s.id, etag: '"1"', versions: [s] }, null);
        await store.putStrategy(
          { organization: "kaarina", id: s.id, etag: '"2"', versions: [s, { ...s, version: 2 }] },
          '"1"',
        );
        await expect(
          store.putStrategy({ organization: "kaarina", id: s.id, etag: '"3"', versions: [s] }, '"1"'),
        ).rejects.toBeInstanceOf(PreconditionFailedError);
        await store.putAssessment({ ...sampleRecord("c1"), idempotencyKey: "idem" }, null);
        const again = reopen ? await reopen() : store;
        expect((await again.getStrategy("kaarina", s.id))?.versions.map((v) => v.version)).toEqual([1, 2]);
        expect((await again.findByIdempotencyKey("kaarina", "idem"))?.id).toBe("c1");
        expect(await again.organizations()).toContain("kaarina");
      } finally {
        await cleanup();
      }
    });
  });
}
