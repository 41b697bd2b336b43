import { existsSync, renameSync, rmSync } from 'node:fs';

// The WAL and shared-memory files belong to the file they sit beside: left behind, SQLite would replay the old
// file's WAL into whatever is put in its place.
const COMPANIONS = ['', '-wal', '-shm'] as const;

/**
 * Moves a closed database file and its WAL/SHM to `<file>.<label>-<timestamp>` beside it (kept for investigation,
 * never deleted), returning the new name, or null when there was no file.
 */
export function moveDatabaseAside(databasePath: string, label: string): string | null {
  if (!existsSync(databasePath)) return null;
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  let target = `${databasePath}.${label}-${stamp}`;
  for (let n = 2; existsSync(target); n++) target = `${databasePath}.${label}-${stamp}-${n}`;
  for (const suffix of COMPANIONS) {
    if (existsSync(databasePath + suffix)) renameSync(databasePath + suffix, target + suffix);
  }
  return target;
}

/** Drops whatever a failed replacement left at `databasePath` and returns the moved files to their places. */
export function putDatabaseBack(movedTo: string, databasePath: string): void {
  for (const suffix of COMPANIONS) {
    rmSync(databasePath + suffix, { force: true });
    if (existsSync(movedTo + suffix)) renameSync(movedTo + suffix, databasePath + suffix);
  }
}
