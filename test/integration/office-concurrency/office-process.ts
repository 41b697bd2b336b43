// One office PC as a separate process: opens the store named on the command line (an SQLite file or a postgres://
// URL), says READY, waits for the go file so that every process starts its work at the same moment, does it, and
// prints one JSON line with what happened. Run by office-processes.ts with `node --import tsx`.
import { existsSync, readFileSync } from 'node:fs';
import { openStore } from '../../../db/open-store';
import { importBundle } from '../../../electron/services/sync/office/bundle-import';
import { enrollInspector } from '../../../electron/services/sync/office/enroll';
import { unlockOffice } from '../../../electron/services/sync/office/office-keys';
import { reviewInspection, type ReviewSeen } from '../../../electron/services/sync/review/review-list';
import { AppError } from '../../../shared/errors';

export type OfficeTask =
  | { kind: 'import'; bundles: string[] }
  | { kind: 'review'; importedId: number; decision: 'accepted' | 'returned'; comment?: string; actor: string; seen: ReviewSeen }
  | { kind: 'enroll'; enrolments: { inspectorName: string; deviceKey: string }[] };

export interface OfficeProcessInput {
  location: string;
  passphrase: string;
  goFile: string;
  task: OfficeTask;
}

export type OfficeProcessOutput =
  { ok: true; results: unknown[] } | { ok: false; code: string | null; message: string; params?: Record<string, unknown> };

const input = JSON.parse(process.argv[2] ?? '{}') as OfficeProcessInput;
const { db } = openStore(input.location);
const keys = unlockOffice(db, input.passphrase);
process.stdout.write('READY\n');
const pause = new Int32Array(new SharedArrayBuffer(4));
while (!existsSync(input.goFile)) Atomics.wait(pause, 0, 0, 2);

let output: OfficeProcessOutput;
try {
  output = { ok: true, results: run(input.task) };
} catch (error) {
  output =
    error instanceof AppError
      ? { ok: false, code: error.code, message: error.message, params: error.params }
      : { ok: false, code: null, message: String(error) };
}
try {
  db.close();
} catch {
  // A connection cut by the test is already gone; the outcome above is what counts.
}
process.stdout.write(`${JSON.stringify(output)}\n`);

function run(task: OfficeTask): unknown[] {
  const now = () => new Date();
  switch (task.kind) {
    case 'import':
      return task.bundles.map((path) => {
        const report = importBundle(db, readFileSync(path), keys, now());
        return { status: report.status, deviceKey: report.deviceKey, sequence: report.sequence, added: report.added };
      });
    case 'review': {
      const item = reviewInspection(db, { ...task, comment: task.comment ?? null, now: now() });
      return [{ reviewStatus: item.reviewStatus, reviewedBy: item.reviewedBy }];
    }
    case 'enroll':
      return task.enrolments.map((enrolment) => {
        const enrolled = enrollInspector(db, keys, { ...enrolment, pin: '246810', now: now() });
        return { serial: enrolled.serial, inspectorId: enrolled.inspectorId, deviceKey: enrolment.deviceKey };
      });
  }
}
