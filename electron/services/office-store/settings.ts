import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** The settings file beside the local database: which engine holds the office's store, and how to reach it. */
export const OFFICE_STORE_SETTINGS_FILE = 'office-store.json';

export const PG_SSL_MODES = ['disable', 'prefer', 'require', 'verify-full'] as const;
export type PgSslMode = (typeof PG_SSL_MODES)[number];

/** Where a PostgreSQL store is; the password is never part of it (see passwordSealed). */
export const pgServerSchema = z
  .object({
    host: z.string().trim().min(1).max(255),
    port: z.number().int().min(1).max(65535),
    database: z.string().trim().min(1).max(63),
    user: z.string().trim().min(1).max(63),
    sslmode: z.enum(PG_SSL_MODES).optional(),
  })
  .strict();
export type PgServer = z.infer<typeof pgServerSchema>;

/**
 * What the file may hold. `.strict()` refuses any other key, so a `password` field written by hand (or by a bug) makes
 * the file invalid instead of being read; the sealed password is the OS keychain's ciphertext (safeStorage), base64.
 */
export const officeStoreSettingsSchema = z.discriminatedUnion('engine', [
  z.object({ engine: z.literal('sqlite') }).strict(),
  pgServerSchema.extend({ engine: z.literal('postgres'), passwordSealed: z.base64().min(1).optional() }).strict(),
]);
export type OfficeStoreSettings = z.infer<typeof officeStoreSettingsSchema>;
export type PostgresStoreSettings = Extract<OfficeStoreSettings, { engine: 'postgres' }>;

export const LOCAL_STORE: OfficeStoreSettings = { engine: 'sqlite' };

export function officeStoreSettingsPath(dataDir: string): string {
  return join(dataDir, OFFICE_STORE_SETTINGS_FILE);
}

/** A missing file is the default (the local SQLite file, as before this setting existed); a broken one is an error. */
export function parseOfficeStoreSettings(text: string): OfficeStoreSettings {
  return officeStoreSettingsSchema.parse(JSON.parse(text));
}

export function readOfficeStoreSettings(dataDir: string): OfficeStoreSettings {
  const path = officeStoreSettingsPath(dataDir);
  if (!existsSync(path)) return LOCAL_STORE;
  return parseOfficeStoreSettings(readFileSync(path, 'utf8'));
}

/** Validated before writing, then written to a side file and renamed, so a crash never leaves half a file. */
export function writeOfficeStoreSettings(dataDir: string, settings: OfficeStoreSettings): void {
  const valid = officeStoreSettingsSchema.parse(settings);
  const path = officeStoreSettingsPath(dataDir);
  writeFileSync(`${path}.tmp`, `${JSON.stringify(valid, null, 2)}\n`, { mode: 0o600 });
  renameSync(`${path}.tmp`, path);
}

/**
 * The connection URL openStore takes. Without a password pg falls back to PGPASSWORD or ~/.pgpass, which is how a
 * PC without a usable keychain connects. Every part is percent-encoded: a password may hold @ : / #.
 */
export function postgresUrl(server: PgServer, password?: string | null): string {
  const user = encodeURIComponent(server.user);
  const auth = password ? `${user}:${encodeURIComponent(password)}` : user;
  const host = server.host.includes(':') && !server.host.startsWith('[') ? `[${server.host}]` : server.host;
  const query = server.sslmode ? `?sslmode=${server.sslmode}` : '';
  return `postgres://${auth}@${host}:${server.port}/${encodeURIComponent(server.database)}${query}`;
}

/** The same address without any password: what the window, messages and logs may show. */
export function displayedLocation(server: PgServer): string {
  return postgresUrl(server);
}
