import { openStore } from '../../../db/open-store';
import { syncError } from '../../services/sync/format/sync-error';

/** Environment variables that may carry secrets instead of options (so they stay out of shell history). */
export const SECRET_ENV = {
  passphrase: 'SKILL_INSPECTOR_OFFICE_PASSPHRASE',
  pin: 'SKILL_INSPECTOR_PIN',
  /** The laptop's local passphrase (at least 12 characters, not only digits), where no keychain keeps its key. */
  keyPassphrase: 'SKILL_INSPECTOR_KEY_PASSPHRASE',
} as const;

const SECRET_OPTION = { passphrase: '--passphrase', pin: '--pin', keyPassphrase: '--key-passphrase' } as const;
const SECRET_NEEDED_REASON = {
  passphrase: 'SYNC_REASON_CLI_PASSPHRASE_NEEDED',
  pin: 'SYNC_REASON_CLI_PIN_NEEDED',
  keyPassphrase: 'SYNC_REASON_CLI_KEY_PASSPHRASE_NEEDED',
} as const;

/** The option's value, else the environment variable, else nothing (the service says which one it needs). */
export function optionalSecret(option: string | undefined, kind: keyof typeof SECRET_ENV): string | undefined {
  return option ?? (process.env[SECRET_ENV[kind]] || undefined);
}

/** The option's value, else the environment variable; never printed. */
export function secret(option: string | undefined, kind: keyof typeof SECRET_ENV): string {
  const value = option ?? process.env[SECRET_ENV[kind]];
  if (!value) {
    throw syncError('SYNC_WRONG_SECRET', { reason: SECRET_NEEDED_REASON[kind], option: SECRET_OPTION[kind].slice(2), env: SECRET_ENV[kind] });
  }
  return value;
}

/**
 * The options with each named secret filled in from its option or environment variable (secret() above), so the
 * command's schema checks a passphrase or PIN the same way whichever way it came.
 */
export function withSecrets(raw: Readonly<Record<string, unknown>>, kinds: readonly (keyof typeof SECRET_ENV)[]): Record<string, unknown> {
  const filled: Record<string, unknown> = { ...raw };
  for (const kind of kinds) filled[kind] = secret(typeof raw[kind] === 'string' ? raw[kind] : undefined, kind);
  return filled;
}

/** As withSecrets, for secrets only some set-ups need (PIN or local passphrase): filled where given, else left out. */
export function withOptionalSecrets(raw: Readonly<Record<string, unknown>>, kinds: readonly (keyof typeof SECRET_ENV)[]): Record<string, unknown> {
  const filled: Record<string, unknown> = { ...raw };
  for (const kind of kinds) {
    const value = optionalSecret(typeof raw[kind] === 'string' ? raw[kind] : undefined, kind);
    if (value === undefined) delete filled[kind];
    else filled[kind] = value;
  }
  return filled;
}

/** Opens the database for one command; only `office init` passes create (every other command refuses a missing file). */
export function withDatabase<T>(path: string, work: (db: ReturnType<typeof openStore>['db']) => T, options: { create?: boolean } = {}): T {
  const { db } = openStore(path, { create: options.create ?? false });
  try {
    return work(db);
  } finally {
    db.close();
  }
}

export const APP_VERSION = '0.1.0';
