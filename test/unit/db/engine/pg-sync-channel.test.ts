import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { PgSyncChannel } from '../../../../db/engine/pg/sync-channel';

const lateNotifyWorker = fileURLToPath(new URL('../../../fixtures/pg-worker/late-notify-worker.mjs', import.meta.url));
const config = { connectionString: 'postgres://unused', connectTimeoutMs: 1_000, statementTimeoutMs: 1_000, applicationName: 'test' };

describe('the synchronous channel to the pg worker', () => {
  let channel: PgSyncChannel | undefined;
  afterEach(() => channel?.close());

  // CI run of 2026-12-04: "no answer from the database thread" in the middle of a demo enrolment on PostgreSQL.
  it('a wake-up without an answer keeps waiting for the answer', () => {
    channel = new PgSyncChannel(config, lateNotifyWorker);
    const answers = [1, 2, 3].map(() => channel!.call({ op: 'query', text: 'SELECT 1', params: [] }).rows[0]);
    expect(answers).toEqual([
      { answer: 1, op: 'query' },
      { answer: 2, op: 'query' },
      { answer: 3, op: 'query' },
    ]);
  });
});
