import { type ChildProcess, spawn } from "node:child_process";
import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// the built server (dist, what tsc -b makes of src): a start costs about a third of the source's
// through tsx (0.8 s against 2 s here), which adds up in the crash test's 100 starts; the tests'
// globalSetup and the bench scripts build it first (tsc -b)
const serverJs = fileURLToPath(new URL("../dist/server.js", import.meta.url));
const serverTs = fileURLToPath(new URL("../src/server.ts", import.meta.url));

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  tokens: Array<{ organization: string; role: string; token: string }>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * POST to a server process as a Kaarina demo user of the given role, with a JSON body and an
 * If-Match when given (the webhook crash lane and the latency bench drive the workflow this way).
 */
export function postAs(server: ServerProcess) {
  const tokenOf = (role: string) =>
    server.tokens.find((t) => t.organization === "kaarina" && t.role === role)?.token ?? "";
  return (path: string, role: string, body?: unknown, etag?: string) =>
    fetch(`${server.url}${path}`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${tokenOf(role)}`,
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...(etag ? { "if-match": etag } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
}

/** Starts the real server in a child process on 127.0.0.1 with a free port and the given data dir. */
export async function startServerProcess(
  dataDir: string,
  env: Record<string, string> = {},
  /** `source`: run src through tsx instead, as `pnpm start` does */
  options: { source?: boolean } = {},
): Promise<ServerProcess> {
  // EVA_SERVER_NODE_ARGS: extra Node options for the server only (e.g. `--cpu-prof` when profiling a bench)
  const extra = (process.env.EVA_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(
    process.execPath,
    [...extra, ...(options.source ? ["--conditions=source", "--import", "tsx", serverTs] : [serverJs])],
    {
      env: {
        ...process.env,
        EVA_DATA_DIR: dataDir,
        PORT: "0",
        HOST: "127.0.0.1",
        LOG_LEVEL: "silent",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let out = "";
  let err = "";
  // EVA_SERVER_OUTPUT: a file to copy the server's output to (e.g. with `--trace-gc` when profiling)
  const copyTo = process.env.EVA_SERVER_OUTPUT;
  child.stdout?.on("data", (d) => {
    out += String(d);
    if (copyTo) appendFileSync(copyTo, d);
  });
  child.stderr?.on("data", (d) => {
    err += String(d);
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${err}`)), 30_000);
    const check = () => {
      const m = /EVA is running at (http:\/\/\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${err}`));
    });
  });
  const tokens = JSON.parse(
    readFileSync(join(dataDir, "demo-tokens.json"), "utf8"),
  ) as ServerProcess["tokens"];
  return {
    url,
    child,
    tokens,
    stop: (signal = "SIGTERM") =>
      new Promise<void>((ok) => {
        if (child.exitCode !== null || child.signalCode !== null) return ok();
        child.once("exit", () => ok());
        child.kill(signal);
      }),
  };
}
