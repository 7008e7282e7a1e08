// eva-api public surface: the app factory, the stores, auth and the typed client.

export type { EvaApp } from "./app.js";
export { createApp } from "./app.js";
export type { Auth, Principal, Role, TokenEntry } from "./auth/auth.js";
export { anyOf, hashToken, roles, staticTokenAuth } from "./auth/auth.js";
export type { OidcOptions } from "./auth/oidc.js";
export { oidcAuth } from "./auth/oidc.js";
export type { Backup } from "./backup.js";
export { exportBackup, importBackup } from "./backup.js";
export type { AssessmentView, Attachment, EvaClient, Problem } from "./client.js";
export { createEvaClient, EvaApiError } from "./client.js";
export type { AppDeps } from "./context.js";
export { startServer } from "./server.js";
export { DataDirLockedError } from "./store/lock-file.js";
export type { LowdbStoreOptions } from "./store/lowdb-store.js";
export { LowdbStore } from "./store/lowdb-store.js";
export { DataDirDamagedError } from "./store/open-data-dir.js";
export { PostgresStore } from "./store/postgres-store.js";
export type { RecoveryReport } from "./store/recover.js";
export { checkDataDir, recoverDataDir } from "./store/recover.js";
export type {
  AssessmentRecord,
  AssessmentStatus,
  AuditEvent,
  FrameworkRecord,
  Store,
  StrategyRecord,
} from "./store/store.js";
export { makeEtag, PreconditionFailedError } from "./store/store.js";
