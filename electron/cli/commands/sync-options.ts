import { openDatabase } from '../../../db/open';
import { syncError } from '../../services/sync/format/sync-error';

/** Environment variables that may carry secrets instead of options (so they stay out of shell history). */
export const SECRET_ENV = {
  passphrase: 'SKILL_INSPECTOR_OFFICE_PASSPHRASE',
  pin: 'SKILL_INSPECTOR_PIN',
  /** The laptop's local passphrase (at least 12 characters, not only digits), where no keychain keeps its key. */
  keyPassphrase: 'SKILL_INSPECTOR_KEY_PASSPHRASE',
} as const;

const SECRET_OPTION = { passphrase: '--passphrase', pin: '--pin', keyPassphrase: '--key-passphrase' } as const;
const SECRET_NAME = { passphrase: '单位口令', pin: ' PIN 码', keyPassphrase: '本机口令' } as const;

/** The option's value, else the environment variable, else nothing (the service says which one it needs). */
export function optionalSecret(option: string | undefined, kind: keyof typeof SECRET_ENV): string | undefined {
  return option ?? (process.env[SECRET_ENV[kind]] || undefined);
}

/** The option's value, else the environment variable; never printed. */
export function secret(option: string | undefined, kind: keyof typeof SECRET_ENV): string {
  const value = option ?? process.env[SECRET_ENV[kind]];
  if (!value) throw syncError('SYNC_WRONG_SECRET', `请用 ${SECRET_OPTION[kind]} 或环境变量 ${SECRET_ENV[kind]} 提供${SECRET_NAME[kind]}`);
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
