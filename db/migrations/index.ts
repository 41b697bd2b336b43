import type { Migration } from './types';
import { migration0001 } from './0001-app-meta';

/** Every migration in order; the last one's version is the schema version this app writes. */
export const migrations: readonly Migration[] = [migration0001];

export const latestSchemaVersion = migrations.length;
