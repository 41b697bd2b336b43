import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { syncStateHash } from '../../../electron/services/sync/office/state-hash';
import { backupDatabase } from './backup-copy';
import { prepareImportScenario, type ImportScenario } from './import-scenario';
import { PASSPHRASE } from './sync-fixtures';

// The child runs the real CLI; its clock is the real one, so afterHash (which excludes import times) still matches.

const bin = resolve(import.meta.dirname, '../../../bin/skill-inspector.mjs');
let world: ImportScenario['world'];
let template: string;
let bundlePath: string;
let beforeHash: string;
let afterHash: string;

beforeAll(async () => {
  ({ world, template, bundlePath, beforeHash, afterHash } = await prepareImportScenario());
}, 300_000);
afterAll(() => world.close());

/** Runs `bundle import` in a child, kills it with SIGKILL at `point` (or after `delayMs`), returns the state hash. */
async function killAt(name: string, point: string | null, delayMs: number): Promise<string> {
  const path = world.temp.file(`${name}.sqlite`);
  backupDatabase(null as never, path, template);
  const child = spawn(process.execPath, [bin, 'bundle', 'import', bundlePath, '--db', path], {
    env: { ...process.env, SKILL_INSPECTOR_OFFICE_PASSPHRASE: PASSPHRASE, ...(point ? { SKILL_INSPECTOR_CRASH_POINT: point } : {}) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const closed = new Promise((r) => child.on('close', r));
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((done) => {
    const kill = () => {
      child.kill('SIGKILL');
      done();
    };
    if (point) child.stderr.on('data', (chunk: Buffer) => chunk.toString().includes(`CRASH_POINT ${point}`) && kill());
    else setTimeout(kill, delayMs);
    child.on('exit', () => done());
  });
  await closed;
  if (point) expect(stderr).toContain(`CRASH_POINT ${point}`);
  const { db } = openDatabase(path, { create: true });
  try {
    return syncStateHash(db);
  } finally {
    db.close();
  }
}

describe('kill -9 during bundle import', () => {
  it.each([
    ['after verification', 'bundle-import:verified', 'before'],
    ['halfway through the inspections', 'bundle-import:halfway', 'before'],
    ['just before commit', 'bundle-import:before-commit', 'before'],
  ])('killed %s → the database is in the before state', async (_label, point, expected) => {
    const hash = await killAt(point.replace(/\W/g, '-'), point, 0);
    expect(hash).toBe(expected === 'before' ? beforeHash : afterHash);
  });

  it.each([300, 900, 1500, 2500])('killed after %i ms → before or after, nothing in between', async (delay) => {
    const hash = await killAt(`delay-${delay}`, null, delay);
    expect([beforeHash, afterHash]).toContain(hash);
  });
});
