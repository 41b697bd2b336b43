import type { OfficeStoreChoice, OfficeStoreEngine } from '../../../../../shared/ipc/channels/office-store';
import type { ServerForm } from './officeStoreStore';

export const SSL_MODES = ['disable', 'prefer', 'require', 'verify-full'] as const;
export type SslMode = (typeof SSL_MODES)[number];

/** The fields as typed (the port as text); the password is kept apart, never in the draft. */
export interface Draft {
  engine: OfficeStoreEngine;
  host: string;
  port: string;
  database: string;
  user: string;
  sslmode: SslMode | '';
}

/** The server fields whose problems the card names, in the order they stand in the form. */
export const SERVER_FIELDS = ['host', 'port', 'database', 'user', 'password', 'sslmode'] as const;
export type ServerField = (typeof SERVER_FIELDS)[number];

export const isServerField = (key: unknown): key is ServerField => SERVER_FIELDS.includes(key as ServerField);

/** What the form starts from: the saved choice, or PostgreSQL's usual port for a server not chosen yet. */
export function draftOf(choice: OfficeStoreChoice): Draft {
  const server = choice.server;
  return {
    engine: choice.engine,
    host: server?.host ?? '',
    port: String(server?.port ?? 5432),
    database: server?.database ?? '',
    user: server?.user ?? '',
    sslmode: (server?.sslmode as SslMode | undefined) ?? '',
  };
}

/** A port is a whole number from 1 to 65535; anything else is caught here, since the field holds text. */
export function portOf(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,5}$/.test(trimmed)) return null;
  const port = Number(trimmed);
  return port >= 1 && port <= 65535 ? port : null;
}

/** The arguments of officeStore:test (and of a PostgreSQL save); main trims and checks every field again. */
export function serverForm(draft: Draft, port: number, password: string): ServerForm {
  return {
    host: draft.host,
    port,
    database: draft.database,
    user: draft.user,
    password,
    ...(draft.sslmode ? { sslmode: draft.sslmode } : {}),
  };
}
