import type { Finding } from "../schemas/finding.js";
import { type FindingCode, findingCodes } from "./codes.js";

type Param = string | number | boolean | null;

/** Builds a finding with the severity its code has in codes.ts. */
export function finding(code: FindingCode, path: string, params: Record<string, Param> = {}): Finding {
  return { code, severity: findingCodes[code], path, params };
}
