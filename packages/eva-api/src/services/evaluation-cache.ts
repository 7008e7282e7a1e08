import { createHash } from "node:crypto";
import type { Evaluation } from "eva-core";

/**
 * Evaluations by what they are computed from: evaluate() is pure and seeded, so the same
 * assessment data against the same strategy version gives the same Evaluation, byte for byte.
 * A summary, its Markdown and HTML, the evaluation and the attachment record of one assessment
 * all need it, and a case system polls them; each evaluate() costs tens of milliseconds of CPU
 * (SMAA). The key is a hash of the data itself, so an entry can never be stale; the cache is
 * bounded by count (least recently used goes first) and entries are never handed out for
 * mutation (callers serialise or summarise them; eva-core never mutates its input).
 */
export class EvaluationCache {
  private readonly entries = new Map<string, Evaluation>();

  constructor(private readonly maxEntries = 256) {}

  /** the cache key: organization, strategy id and version, seed, and a SHA-256 of the data */
  static key(organization: string, strategyId: string, strategyVersion: number, seed: number, data: unknown) {
    const digest = createHash("sha256").update(JSON.stringify(data)).digest("base64url");
    return `${organization}\u0000${strategyId}\u0000${strategyVersion}\u0000${seed}\u0000${digest}`;
  }

  get(key: string): Evaluation | undefined {
    const e = this.entries.get(key);
    if (e) {
      // most recently used last
      this.entries.delete(key);
      this.entries.set(key, e);
    }
    return e;
  }

  put(key: string, evaluation: Evaluation): void {
    this.entries.delete(key);
    this.entries.set(key, evaluation);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get size() {
    return this.entries.size;
  }
}
