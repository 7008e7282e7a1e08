import type { Server } from "node:net";
import { createServer } from "node:net";

/**
 * The port cannot be had: a message for the console in Finnish (the operators' language; one
 * line, no stack) and the same in English for the log.
 */
export class PortUnavailableError extends Error {
  override readonly name = "PortUnavailableError";
  constructor(
    readonly fi: string,
    readonly en: string,
  ) {
    super(fi);
  }
}

function unavailable(e: unknown, host: string, port: number): PortUnavailableError | null {
  const code = (e as { code?: unknown } | null)?.code;
  const next = port === 65535 ? 8080 : port + 1;
  if (code === "EADDRINUSE")
    return new PortUnavailableError(
      `Portti ${port} on jo käytössä (${host}): EVA tai jokin muu ohjelma on jo käynnissä. Pysäytä se tai käynnistä toiseen porttiin, esim. PORT=${next} pnpm start`,
      `Port ${port} is already in use on ${host}: EVA or another program is already running. Stop it, or start on another port, e.g. PORT=${next} pnpm start`,
    );
  if (code === "EACCES")
    return new PortUnavailableError(
      `Porttia ${port} ei saa käyttää (${host}): alle 1024:n portit vaativat ylläpitäjän oikeudet. Valitse toinen portti, esim. PORT=8080 pnpm start`,
      `Port ${port} may not be used on ${host}: ports below 1024 need administrator rights. Choose another, e.g. PORT=8080 pnpm start`,
    );
  if (code === "EADDRNOTAVAIL")
    return new PortUnavailableError(
      `Osoitetta ${host} ei ole tällä koneella: tarkista HOST (esim. HOST=127.0.0.1 tai HOST=0.0.0.0).`,
      `The address ${host} is not on this machine: check HOST (e.g. HOST=127.0.0.1 or HOST=0.0.0.0).`,
    );
  return null;
}

/**
 * Resolves once `server` listens, or rejects: with PortUnavailableError when the port is taken
 * or not allowed, else with the error as it is. (An 'error' event nobody listens to would end
 * the process with a stack trace.)
 */
export function listening(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (e: unknown) => {
      server.off("listening", onListening);
      reject(unavailable(e, host, port) ?? e);
    };
    const onListening = () => {
      server.off("error", onError);
      resolve();
    };
    server.once("error", onError).once("listening", onListening);
  });
}

/**
 * Whether the port can be had, tried before anything else starts (the store takes the data
 * directory's lock, the demo data is written): a second start on a busy port then says only that.
 * Port 0 (any free port) always can.
 */
export async function checkPort(host: string, port: number): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  const ready = listening(probe, host, port);
  probe.listen(port, host);
  await ready;
  await new Promise((ok) => probe.close(ok));
}
