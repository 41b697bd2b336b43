import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveAnswer } from '../../../db/repositories/answers';
import { dispatch } from '../../../electron/handlers/dispatch';
import { errorInfoText, type Result } from '../../../shared/errors';
import { channelNames, contract, isChannel, readChannelNames, serverChannelNames } from '../../../shared/ipc/contract';
import { makeTestContext, type TestContext } from '../../support/context';
import { dumpDatabase } from '../../support/dump';
import { seedInspection } from '../../support/store-fixtures';
import { countFromEnv, recordCheck, Violations } from '../support/record-check';
import { hostileValue, mutationsOf, seedFor } from './hostile-values';
import { validPayloads } from './valid-payloads';

// 10,000 payloads per channel in CI (fixed seeds), FULL_FUZZ=1 → 100,000, IPC_FUZZ_RUNS=n for any other count.
const RUNS = countFromEnv('IPC_FUZZ_RUNS', 10_000, 100_000);
const CJK = /[\u4e00-\u9fff]/;
/**
 * Channels whose VALID payloads are run too: the contract marks them .reads<R>() (they change nothing stored, checked
 * in test/integration/handlers/read-channels.test.ts), so every answer, accepted or not, must leave the database
 * unchanged. Every other channel writes on valid input, so there only the payloads the contract rejects are
 * dispatched. The test context's dialogs answer “cancelled” (nothing queued), and it has no system viewer or printer.
 */
const readChannels: ReadonlySet<string> = new Set(readChannelNames);
/**
 * Read channels whose valid payload opens a connection to the server it names (a worker thread, a DNS lookup and up to
 * 5 s of connect timeout each): only their refused payloads are fuzzed here; test/integration/handlers/office-store
 * runs the valid ones against the real test cluster.
 */
const serverChannels: ReadonlySet<string> = new Set(serverChannelNames);

let ctx: TestContext;
let dumpBefore = '';
/** Every channel's violations, for the table; each test also fails on its own. */
const violations = new Violations();
const tally = { cases: 0, rejected: 0, ranValid: 0, skippedValid: 0, seconds: 0 };
const unexpected: unknown[] = [];
const onUnhandled = (reason: unknown) => unexpected.push(reason);

const totalChanges = (): number => (ctx.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

beforeAll(() => {
  ctx = makeTestContext({ now: () => new Date('2023-09-10T08:00:00.000Z') });
  const { inspectionId } = seedInspection(ctx.db);
  saveAnswer(ctx.db, { inspectionId, itemId: '1.1.1', answer: { deductions: {}, note: '已有答案' }, actor: '李评估' });
  dumpBefore = dumpDatabase(ctx.db);
  process.on('unhandledRejection', onUnhandled);
});

afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  ctx.cleanup();
});

/** What every answer must look like: a result; a refusal with a code and a readable Chinese message; no INTERNAL. */
function checkAnswer(violations: Violations, channel: string, payload: unknown, result: Result<unknown>, changesBefore: number): void {
  const shown = () => `${channel} ${JSON.stringify(payload)?.slice(0, 200) ?? String(payload)}`;
  if (!result || typeof result !== 'object' || typeof result.ok !== 'boolean') {
    violations.add(`${shown()}: not a Result`);
    return;
  }
  if (!result.ok) {
    tally.rejected += 1;
    const { code } = result.error;
    const message = errorInfoText(result.error);
    if (!/^[A-Z][A-Z0-9_]*$/.test(code) || code === 'INTERNAL') violations.add(`${shown()}: code ${code}: ${message}`);
    if (typeof message !== 'string' || !CJK.test(message) || message.includes('[object Object]'))
      violations.add(`${shown()}: unreadable message ${message}`);
  }
  if (totalChanges() !== changesBefore) violations.add(`${shown()}: the database changed (${result.ok ? 'accepted' : result.error.code})`);
}

async function fuzzOne(violations: Violations, channel: string, payload: unknown): Promise<void> {
  tally.cases += 1;
  const valid = isChannel(channel) && contract[channel].args.safeParse(payload).success;
  if (valid && (!readChannels.has(channel) || serverChannels.has(channel))) {
    // Writing channels legitimately write on valid input; the contract tests cover what they write.
    tally.skippedValid += 1;
    return;
  }
  if (valid) tally.ranValid += 1;
  const before = totalChanges();
  let result: Result<unknown>;
  try {
    result = await dispatch(ctx, channel, payload);
  } catch (error) {
    violations.add(`${channel}: dispatch threw ${error instanceof Error ? error.stack : String(error)}`);
    return;
  }
  checkAnswer(violations, channel, payload, result, before);
}

describe('fuzzing every IPC channel through dispatch', () => {
  it('every channel has a valid example payload to mutate, and the contract accepts each', () => {
    expect(channelNames.filter((channel) => !(channel in validPayloads))).toEqual([]);
    expect(Object.keys(validPayloads).filter((name) => !isChannel(name))).toEqual([]);
    const refused = channelNames.filter((channel) => !contract[channel].args.safeParse(validPayloads[channel]).success);
    expect(refused).toEqual([]);
  });

  it.each([...channelNames])(`%s: ${RUNS} arbitrary and mutated payloads`, async (channel) => {
    const started = performance.now();
    const payload = fc.oneof(
      { weight: 2, arbitrary: hostileValue },
      { weight: 3, arbitrary: mutationsOf(validPayloads[channel] ?? {}) },
      { weight: 1, arbitrary: fc.constant(validPayloads[channel] ?? {}) },
    );
    const found = new Violations();
    await fc.assert(
      fc.asyncProperty(payload, async (value) => {
        await fuzzOne(found, channel, value);
      }),
      { numRuns: RUNS, seed: seedFor(channel) },
    );
    tally.seconds += (performance.now() - started) / 1000;
    violations.merge(found);
    expect(found.examples).toEqual([]);
  });

  it(`unknown channel names: ${Math.round(RUNS / 10)} cases, UNKNOWN_CHANNEL every time`, async () => {
    const started = performance.now();
    const found = new Violations();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'app:info ', 'APP:INFO', 'hasOwnProperty')),
        hostileValue,
        async (name, payload) => {
          if (isChannel(name)) return;
          tally.cases += 1;
          const result = await dispatch(ctx, name, payload);
          if (result.ok || result.error.code !== 'UNKNOWN_CHANNEL' || !CJK.test(errorInfoText(result.error)))
            found.add(`channel ${JSON.stringify(name)}: ${JSON.stringify(result)}`);
        },
      ),
      { numRuns: Math.round(RUNS / 10), seed: seedFor('unknown-channels') },
    );
    tally.seconds += (performance.now() - started) / 1000;
    violations.merge(found);
    expect(found.examples).toEqual([]);
  });

  it('after all of it: the key tables hold exactly what they held, nothing went unhandled; figures recorded', () => {
    const unchanged = dumpDatabase(ctx.db) === dumpBefore;
    if (!unchanged) violations.add('content of the database changed over the run');
    for (const reason of unexpected) violations.add(`unhandled rejection: ${String(reason)}`);
    recordCheck({
      id: 'fuzz-ipc',
      title: `Fuzzing: every IPC channel (${channelNames.length}) through dispatch`,
      cases: tally.cases,
      failures: violations.count,
      seconds: tally.seconds,
      note:
        `${RUNS} per channel, fixed seeds; ${tally.rejected} rejected, ${tally.ranValid} valid payloads run on read-only channels, ` +
        `${tally.skippedValid} valid payloads of writing channels not run (by design). Checked: no throw, no INTERNAL, code + Chinese message, ` +
        `total_changes() unchanged per case, table dump unchanged at the end.`,
      examples: violations.examples,
    });
    expect(violations.examples).toEqual([]);
  });
});
