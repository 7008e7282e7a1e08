import { diffLeaves, type LeafChange } from "../changes/diff.js";

export interface PatchOp {
  op: string;
  path: string;
  value?: unknown;
  from?: string;
}
export interface HistoryEvent {
  at: string;
  actor: string;
  action: string;
  version: number;
  comment?: string;
  patch: PatchOp[];
}
/** A change in an event; `fromKnown` is false where the trail starts mid-way (an import). */
export interface EventChange extends LeafChange {
  fromKnown: boolean;
}

const segments = (pointer: string): Array<string | number> =>
  pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));

type Node = Record<string | number, unknown> | unknown[];

function parentOf(doc: Node, path: Array<string | number>): Node | undefined {
  let node: unknown = doc;
  for (const seg of path.slice(0, -1)) {
    node = (node as Record<string | number, unknown> | undefined)?.[seg];
    if (typeof node !== "object" || node === null) return undefined;
  }
  return node as Node;
}

function get(doc: Node, path: Array<string | number>): { found: boolean; value: unknown } {
  if (path.length === 0) return { found: true, value: doc };
  const parent = parentOf(doc, path);
  const key = path[path.length - 1] as string | number;
  return parent && key in parent
    ? { found: true, value: (parent as Record<string | number, unknown>)[key] }
    : { found: false, value: undefined };
}

/** Applies one RFC 6902 op in place (add, remove, replace, move, copy; test changes nothing). */
function apply(doc: Node, op: PatchOp): void {
  const path = segments(op.path);
  const parent = parentOf(doc, path);
  const key = path[path.length - 1];
  if (!parent || key === undefined) return;
  const value =
    op.op === "move" || op.op === "copy"
      ? structuredClone(get(doc, segments(op.from ?? "")).value)
      : op.value;
  if (op.op === "move") apply(doc, { op: "remove", path: op.from ?? "" });
  if (Array.isArray(parent)) {
    const i = key === "-" ? parent.length : Number(key);
    if (op.op === "remove") parent.splice(i, 1);
    else if (op.op === "replace") parent[i] = value;
    else if (op.op !== "test") parent.splice(i, 0, value);
  } else if (op.op === "remove") delete parent[key];
  else if (op.op !== "test") parent[key] = value;
}

/**
 * The audit trail with each event's changes as old → new leaves: the JSON Patches are replayed
 * from the start (the assessment's data for create/update, its state for workflow events), so the
 * old value comes from the trail itself. Pure.
 */
export function replayHistory(events: ReadonlyArray<HistoryEvent>) {
  const data: Node = {};
  const state: Node = { status: "draft", version: 1 };
  let started = false;
  return events.map((e, seq) => {
    const doc = e.action === "create" || e.action === "update" ? data : state;
    const changes: EventChange[] = [];
    for (const op of e.patch) {
      const path = segments(op.path);
      const before = get(doc, path);
      const fromKnown = started || before.found || op.op === "add";
      apply(doc, op);
      const found = get(doc, path);
      // where the trail starts with an import the replayed document lacks the parent: the op's
      // own value is still what the field became
      const after = op.op === "remove" ? undefined : found.found ? found.value : op.value;
      for (const c of diffLeaves(before.value, after, path)) changes.push({ ...c, fromKnown });
      if (op.op === "remove" && !before.found)
        changes.push({ path, from: undefined, to: undefined, fromKnown });
    }
    if (e.action === "create") started = true;
    // the trail is append-only: the position is a stable key
    return { seq, event: e, changes, doc: structuredClone(doc) };
  });
}
