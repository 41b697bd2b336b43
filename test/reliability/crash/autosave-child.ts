// Child process of the autosave crash test: opens the database the way the app does, then saves answers (and now
// and then a new inspection) as fast as it can until it is killed. After each transaction has RETURNED it writes one
// acknowledgement line to stdout with a synchronous write, so every line the parent reads is a committed write.
// Usage: node --import tsx autosave-child.ts <database> <seed>
import { createHash } from 'node:crypto';
import { writeSync } from 'node:fs';
import { openDatabase } from '../../../db/open';
import { saveAnswer } from '../../../db/repositories/answers';
import { createInspection } from '../../../db/repositories/inspections';
import { DemoRandom } from '../../../db/demo/prng';

const [file, seedText] = process.argv.slice(2);
if (!file || !seedText) throw new Error('usage: autosave-child.ts <database> <seed>');
const random = new DemoRandom(Number(seedText));
const { db } = openDatabase(file, { create: true });
const filing = db.prepare('SELECT id, institution_id FROM filings ORDER BY id LIMIT 1').get() as { id: number; institution_id: number };
const drafts = (): number[] =>
  (db.prepare(`SELECT id FROM inspections WHERE status = 'draft' ORDER BY id`).all() as { id: number }[]).map((r) => r.id);
let inspections = drafts();
const pause = new Int32Array(new SharedArrayBuffer(4));
/**
 * Writes the whole line before going on. stdout is a non-blocking pipe: when the parent is slow to read (a loaded CI
 * machine), writeSync fails with EAGAIN or writes part of the line; both are retried after a millisecond.
 */
function ack(line: string): void {
  const bytes = Buffer.from(`${line}\n`, 'utf8');
  for (let offset = 0; offset < bytes.length;) {
    try {
      offset += writeSync(1, bytes, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}
ack(`READY ${process.pid}`);

for (let n = 0; ; n++) {
  if (inspections.length === 0 || random.chance(0.03)) {
    const created = createInspection(
      db,
      {
        institutionId: filing.institution_id,
        filingId: filing.id,
        templateId: 'shanxi-renewal-2023',
        templateVersion: '2023.1',
        panel: [{ name: '李评估', role: 'lead' }],
        inspectionDate: '2023-09-10',
      },
      '李评估',
    );
    ack(`INSPECTION ${created.id}`);
    inspections = drafts();
    continue;
  }
  const inspectionId = random.pick(inspections);
  const itemId = `1.${random.int(1, 6)}.${random.int(1, 4)}`;
  // Mostly small answers like the form's; some large ones keep a transaction open long enough to be cut.
  const note = random.chance(0.1) ? '现场说明'.repeat(random.int(1000, 12000)) : `第${n}次保存`;
  const answer = { deductions: { [`d${random.int(1, 3)}`]: random.int(0, 5) }, note };
  const result = saveAnswer(db, { inspectionId, itemId, answer, actor: '李评估' });
  if (result.changed) {
    const digest = createHash('sha256').update(JSON.stringify(answer)).digest('hex');
    ack(`ANSWER ${result.auditSeq} ${inspectionId} ${itemId} ${digest}`);
  }
}
