// Run against a running EVA (pnpm start): EVA_URL=http://127.0.0.1:8080 EVA_TOKEN=<kaarina reader or preparer token>
// Prints the attachment record of the demo case's approved EVA, as a case system would store it.
import { downloadAttachment, waitForApproval } from "./integration.js";

const baseUrl = process.env.EVA_URL ?? "http://127.0.0.1:8080";
const token = process.env.EVA_TOKEN ?? "";
const caseRef = {
  organization: "kaarina",
  system: "dynasty" as const,
  caseId: process.env.EVA_CASE_ID ?? "657/02.02.00/2023",
};

const approved = await waitForApproval({ baseUrl, token, timeoutMs: 10_000 }, caseRef);
const { record } = await downloadAttachment({ baseUrl, token }, approved.id);
process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
