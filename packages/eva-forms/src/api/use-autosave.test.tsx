import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { realApi } from "../test/real-api.js";
import type { AssessmentView } from "./types.js";
import { useAutosave } from "./use-autosave.js";

// The wizard's draft rules arrive in a chunk of their own (validation/rules-loader.ts), so the
// autosave's check may answer with a promise. A value the check refuses is never sent, saves keep
// their order while checks are pending, and flush() (before submit) waits for a pending check.

let api: Awaited<ReturnType<typeof realApi>>;
beforeAll(async () => {
  api = await realApi();
});
afterAll(async () => {
  await api.t.close();
});

/** a check the test answers by hand */
function manualCheck() {
  const calls: Array<{ draft: Record<string, unknown>; answer: (ok: boolean) => void }> = [];
  const check = (draft: Record<string, unknown>) =>
    new Promise<boolean>((answer) => calls.push({ draft, answer }));
  return { calls, check };
}

async function setUp(check: (draft: Record<string, unknown>) => Promise<boolean>) {
  const client = api.client("preparer");
  const view = (await client.request<AssessmentView>("GET", "/v1/assessments/demo-littoinen-draft")).data;
  const queries = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queries}>{children}</QueryClientProvider>
  );
  const hook = renderHook(() => useAutosave(client, view, { delayMs: 0, check }), { wrapper });
  const stored = async () =>
    (await client.request<AssessmentView>("GET", "/v1/assessments/demo-littoinen-draft")).data.assessment;
  return { view, hook, stored };
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i++) await act(() => new Promise((r) => setTimeout(r, 5)));
  expect(condition()).toBe(true);
};

describe("autosave with a check that answers later", () => {
  it("sends nothing the check refuses, and saves in order while checks are pending", async () => {
    const { calls, check } = manualCheck();
    const { view, hook, stored } = await setUp(check);
    const basics = view.assessment.basics as Record<string, unknown>;
    const titled = (title: string) => ({ ...view.assessment, basics: { ...basics, title } });

    act(() => hook.result.current.save(titled("Ensimmäinen")));
    await until(() => calls.length === 1);
    act(() => hook.result.current.save(titled("Toinen")));
    // the later save is checked only after the earlier one has its answer (and its request)
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(calls).toHaveLength(1);
    calls[0]?.answer(false);
    expect(hook.result.current.state.kind).not.toBe("saved");
    await until(() => calls.length === 2);
    expect((await stored()).basics?.title).not.toBe("Ensimmäinen");
    calls[1]?.answer(true);
    await until(() => hook.result.current.state.kind === "saved");
    expect((await stored()).basics?.title).toBe("Toinen");
    expect(calls.map((c) => (c.draft.basics as { title: string }).title)).toEqual(["Ensimmäinen", "Toinen"]);

    act(() => hook.result.current.save(titled("Hylätty")));
    await until(() => calls.length === 3);
    calls[2]?.answer(false);
    await until(() => hook.result.current.state.kind === "invalid");
    expect((await stored()).basics?.title).toBe("Toinen");
  });

  it("flush waits for a pending check and sends what it allows", async () => {
    const { calls, check } = manualCheck();
    const { view, hook, stored } = await setUp(check);
    const basics = view.assessment.basics as Record<string, unknown>;
    act(() => hook.result.current.save({ ...view.assessment, basics: { ...basics, title: "Ennen" } }));
    await until(() => calls.length === 1);
    let flushed = false;
    const flushing = hook.result.current.flush().then(() => {
      flushed = true;
    });
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(flushed).toBe(false);
    calls[0]?.answer(true);
    await act(() => flushing);
    // stored when flush resolves: submit, which follows it, finds the value on the server
    expect((await stored()).basics?.title).toBe("Ennen");
  });
});
