import { randomUUID } from "node:crypto";

/** Opaque ids for new resources. */
export function newId(): string {
  return randomUUID();
}
