import { openDatabase } from '../../../db/open';
import { syncError } from '../../services/sync/format/sync-error';

/** Environment variables that may carry secrets instead of options (so they stay out of shell history). */
export const SECRET_ENV = {
  passphrase: 'SKILL_INSPECTOR_OFFICE_PASSPHRASE',
  pin: 'SKILL_INSPECTOR_PIN',
} as const;

/** The option's value, else the environment variable; never printed. */
export function secret(option: string | undefined, kind: keyof typeof SECRET_ENV): string {
  const value = option ?? process.env[SECRET_ENV[kind]];
  if (!value) throw syncError('SYNC_WRONG_SECRET', {
      reason: kind === 'pin' ? 'SYNC_REASON_CLI_PIN_NEEDED' : 'SYNC_REASON_CLI_PASSPHRASE_NEEDED',
      option: kind,
      env: SECRET_ENV[kind],
    });
  return value;
}

export function withDatabase<T>(path: string, work: (db: ReturnType<typeof openDatabase>['db']) => T): T {
  const { db } = openDatabase(path);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

export const APP_VERSION = '0.1.0';
