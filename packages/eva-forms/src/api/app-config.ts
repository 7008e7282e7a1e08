/** GET /app-config.json of eva-api: which sign-in the app offers (shared/API.md names no secret here). */
export type OidcConfig = {
  signIn: "oidc";
  issuer: string;
  clientId: string;
  scope: string;
  redirectPath: string;
};
/** What the server tells of the deployment: demo mode, and the four-eyes rule turned off. */
export type DeploymentModes = { demo?: boolean; fourEyes?: boolean };
export type AppConfig = ({ signIn: "token" } | OidcConfig) & DeploymentModes;

/**
 * The token sign-in when the server does not say otherwise (an older eva-api, or `vite dev`
 * without one): a token form is never wrong, it only cannot take OIDC users.
 */
export async function fetchAppConfig(baseUrl = ""): Promise<AppConfig> {
  try {
    const res = await fetch(`${baseUrl}/app-config.json`, { headers: { accept: "application/json" } });
    const body = res.ok ? ((await res.json()) as Partial<OidcConfig> & DeploymentModes) : null;
    const modes: DeploymentModes = {
      ...(body?.demo === true ? { demo: true } : {}),
      ...(body?.fourEyes === false ? { fourEyes: false } : {}),
    };
    if (
      body?.signIn === "oidc" &&
      typeof body.issuer === "string" &&
      typeof body.clientId === "string" &&
      typeof body.scope === "string" &&
      typeof body.redirectPath === "string"
    )
      return body as OidcConfig & DeploymentModes;
    return { signIn: "token", ...modes };
  } catch {
    // no answer: the token form below
  }
  return { signIn: "token" };
}
