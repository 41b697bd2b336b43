import { workerData } from 'node:worker_threads';
import pg from 'pg';
import type { PgFailure, PgRequest, PgResponse, PgWorkerData } from './protocol';

// Integers and sums come back as numbers and booleans as 0/1, as better-sqlite3 returns them; the app keeps money and
// scores as integer hundredths, so a NUMERIC here is a sum or average of integers, never a fraction of a cent.
const { types } = pg;
types.setTypeParser(types.builtins.INT8, toSafeNumber);
types.setTypeParser(types.builtins.NUMERIC, (value: string) => Number(value));
types.setTypeParser(types.builtins.BOOL, (value: string) => (value === 't' ? 1 : 0));

function toSafeNumber(value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new Error(`integer ${value} is beyond JavaScript's safe range`);
  return number;
}

const { config, signal, port } = workerData as PgWorkerData;
const flag = new Int32Array(signal);
const client = new pg.Client({
  connectionString: config.connectionString,
  connectionTimeoutMillis: config.connectTimeoutMs,
  statement_timeout: config.statementTimeoutMs,
  application_name: config.applicationName,
});
let lost: PgFailure | null = null;
client.on('error', (error) => {
  lost = { ...failureOf(error), connectionLost: true };
});
const connected = client.connect().then(
  () => client.query("SET client_encoding = 'UTF8'; SET TIME ZONE 'UTC'"),
  (error: unknown) => {
    lost = { ...failureOf(error), connectionLost: true };
  },
);

port.on('message', (request: PgRequest) => {
  void answer(request).then((response) => {
    port.postMessage(response);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
    if (request.op === 'close') port.close();
  });
});

// Named statements are parsed once per connection (half the round trips of unnamed ones). A schema change starts new
// names, so no statement planned against an older table shape is reused.
const statementNames = new Map<string, string>();
let schemaGeneration = 0;
function statementName(text: string): string {
  const key = `${schemaGeneration}:${text}`;
  let name = statementNames.get(key);
  if (!name) {
    name = `si_${schemaGeneration}_${statementNames.size}`;
    statementNames.set(key, name);
  }
  return name;
}

async function answer(request: PgRequest): Promise<PgResponse> {
  await connected;
  if (request.op === 'close') {
    await client.end().catch(() => undefined);
    return { ok: true, result: { rows: [], rowCount: 0 } };
  }
  if (lost) return { ok: false, failure: lost };
  try {
    const result =
      request.op === 'exec'
        ? await client.query(request.text)
        : await client.query({
            name: statementName(request.text),
            text: request.text,
            values: request.params,
            ...(request.rowMode ? { rowMode: request.rowMode } : {}),
          });
    if (request.op === 'exec' && /\b(CREATE|ALTER|DROP)\b/i.test(request.text)) schemaGeneration += 1;
    // A multi-statement exec answers with one result per statement; the last one is what the caller ran it for.
    const last = Array.isArray(result) ? result[result.length - 1] : result;
    return { ok: true, result: { rows: last?.rows ?? [], rowCount: last?.rowCount ?? 0 } };
  } catch (error) {
    const failure = failureOf(error);
    if (lost) return { ok: false, failure: lost };
    return { ok: false, failure };
  }
}

function failureOf(error: unknown): PgFailure {
  const e = error as Partial<PgFailure> & { message?: string };
  return {
    message: e.message ?? String(error),
    code: typeof e.code === 'string' ? e.code : undefined,
    detail: e.detail,
    constraint: e.constraint,
    table: e.table,
  };
}
