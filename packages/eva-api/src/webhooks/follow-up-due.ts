import { followUpFindings } from "eva-core";
import type { AssessmentRecord, Store } from "../store/store.js";
import { newEventId, type WebhookEvent } from "./events.js";

/**
 * The `follow_up.due` events: once for each approved version whose follow-up date (the
 * conclusion's followUp.date) has passed with nothing recorded since (eva-core's
 * followUpFindings, the same rule as the follow_up_overdue finding). The event is written with a
 * mark on the record (`followUpDueSent`: version and date) in one write, so it is sent once, also
 * across restarts and with several instances (the write is conditional on the ETag, which the mark
 * does not change: it is not part of the assessment a client edits). `today` comes from the
 * clock the server is given; the tick runs at start and every hour (server.ts), and tests call it.
 * How many events it wrote.
 */
export async function followUpDueTick(store: Store, clock: () => Date, publicUrl = ""): Promise<number> {
  const now = clock().toISOString();
  const today = now.slice(0, 10);
  let written = 0;
  for (const r of await store.listApproved(null)) {
    const approved = r.approvedVersions.at(-1);
    const conclusion = approved?.data.conclusion;
    const date = conclusion?.followUp?.date;
    if (!approved || !date) continue;
    const mark = `${approved.version}:${date}`;
    if (r.followUpDueSent === mark) continue;
    const due = followUpFindings(
      { conclusion: { followUp: { date, indicators: [] } } } as never,
      r.followUps,
      today,
    );
    if (due.length === 0) continue;
    const event: WebhookEvent = {
      id: newEventId(),
      type: "follow_up.due",
      timestamp: now,
      data: {
        organization: r.organization,
        assessmentId: r.id,
        version: approved.version,
        status: r.status,
        caseRef: caseRefOf(approved.data.basics?.caseRef),
        attachmentUrl: `${publicUrl}/v1/assessments/${encodeURIComponent(r.id)}/attachment`,
      },
    };
    try {
      await store.putAssessment({ ...r, followUpDueSent: mark }, r.etag, { events: [event] });
      written++;
    } catch {
      // changed meanwhile (or another instance wrote the mark): the next tick looks again
    }
  }
  return written;
}

const caseRefOf = (c: NonNullable<AssessmentRecord["data"]["basics"]>["caseRef"]) =>
  c?.system && c.caseId ? { system: c.system, caseId: c.caseId } : null;
