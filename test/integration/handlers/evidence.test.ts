import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { advanceInspectionStatus } from '../../../db/repositories/inspections';
import { MAX_EVIDENCE_BYTES } from '../../../shared/ipc/channels/evidence';
import type { InspectionDetail } from '../../../shared/ipc/channels/inspections';
import type { EvidenceRecord, InspectionRecord } from '../../../shared/store/records';
import type { TestContext } from '../../support/context';
import { callOk, createDraftInspection, expectRefused, openDemoWithDraft } from '../../support/handler-calls';
import { TINY_PNG } from '../../support/report-fixtures';

let ctx: TestContext;
let draft: InspectionRecord;
beforeEach(async () => {
  ({ ctx, draft } = await openDemoWithDraft('2023-09-10T02:00:00Z'));
});
afterEach(() => ctx.cleanup());

/** The first bytes of a JPEG, then some content: what a phone photo starts with. */
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('考场照片 exam room photo')]);
const PDF = Buffer.from('%PDF-1.7\n% 扫描件\n');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const attachArgs = (bytes: Buffer, overrides: Record<string, unknown> = {}) => ({
  inspectionId: draft.id,
  itemId: '2.1.1',
  fileName: '考场.jpg',
  mime: 'image/jpeg',
  dataBase64: bytes.toString('base64'),
  ...overrides,
});

const evidenceDir = () => join(ctx.dataDir, 'evidence', String(draft.id));

describe('evidence:attach', () => {
  it('stores the file under the data folder by its SHA-256 and records hash, size and type', async () => {
    const evidence = await callOk<EvidenceRecord>(ctx, 'evidence:attach', attachArgs(JPEG));
    expect(evidence).toMatchObject({
      inspectionId: draft.id,
      itemId: '2.1.1',
      findingId: null,
      sha256: sha256(JPEG),
      sizeBytes: JPEG.length,
      mime: 'image/jpeg',
      relativePath: `evidence/${draft.id}/${sha256(JPEG)}.jpg`,
    });
    expect(readFileSync(join(ctx.dataDir, evidence.relativePath))).toEqual(JPEG);
    const pdf = await callOk<EvidenceRecord>(ctx, 'evidence:attach', attachArgs(PDF, { fileName: '登记表.pdf', mime: 'application/pdf' }));
    expect(pdf.relativePath).toBe(`evidence/${draft.id}/${sha256(PDF)}.pdf`);
  });

  it('the same photo attached to two items is two records on one stored file', async () => {
    const first = await callOk<EvidenceRecord>(ctx, 'evidence:attach', attachArgs(JPEG));
    const second = await callOk<EvidenceRecord>(ctx, 'evidence:attach', attachArgs(JPEG, { itemId: '2.1.2' }));
    expect(second.relativePath).toBe(first.relativePath);
    expect(readdirSync(evidenceDir())).toEqual([`${sha256(JPEG)}.jpg`]);
    expect((await callOk<InspectionDetail>(ctx, 'inspections:get', { id: draft.id })).evidence.map((e) => e.itemId)).toEqual(['2.1.1', '2.1.2']);
  });

  it('linked to a finding on a sampled unit, records the finding with it', async () => {
    const batchNo = ctx.db.prepare('SELECT batch_no FROM batches WHERE filing_id = ? ORDER BY id LIMIT 1').pluck().get(draft.filingId) as string;
    const evidence = await callOk<EvidenceRecord>(
      ctx,
      'evidence:attach',
      attachArgs(JPEG, { itemId: '3.1.3', finding: { unitKind: 'batch', unitId: batchNo, description: '考试计划备案晚于规定时间' } }),
    );
    const detail = await callOk<InspectionDetail>(ctx, 'inspections:get', { id: draft.id });
    expect(detail.findings).toEqual([expect.objectContaining({ id: evidence.findingId, itemId: '3.1.3', unitKind: 'batch', unitId: batchNo })]);
  });

  it('sniffs the content: a file whose bytes do not match its type is refused, nothing stored', async () => {
    const png = Buffer.from(TINY_PNG, 'base64');
    await expectRefused(ctx, 'evidence:attach', attachArgs(png), 'EVIDENCE_TYPE');
    await expectRefused(
      ctx,
      'evidence:attach',
      attachArgs(Buffer.from('#!/bin/sh\nrm -rf /\n'), { mime: 'application/pdf', fileName: 'scan.pdf' }),
      'EVIDENCE_TYPE',
    );
    await expectRefused(ctx, 'evidence:attach', attachArgs(JPEG, { mime: 'text/html' }), 'INVALID_ARGS');
    expect(existsSync(evidenceDir())).toBe(false);
  });

  it(`refuses files over ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB, bad base64 and bad links, with the database unchanged`, async () => {
    const huge = Buffer.alloc(MAX_EVIDENCE_BYTES + 3, 0xff);
    const message = await expectRefused(ctx, 'evidence:attach', attachArgs(huge), 'INVALID_ARGS');
    expect(message).toContain('不能超过 6 MB');
    await expectRefused(ctx, 'evidence:attach', { ...attachArgs(JPEG), dataBase64: 'not base64!' }, 'INVALID_ARGS');
    await expectRefused(ctx, 'evidence:attach', { ...attachArgs(JPEG), fileName: '' }, 'INVALID_ARGS');
    await expectRefused(ctx, 'evidence:attach', { ...attachArgs(JPEG), path: '/etc/passwd' }, 'INVALID_ARGS');
    const { itemId: _item, ...withoutItem } = attachArgs(JPEG, { finding: { unitKind: 'batch', unitId: 'X', description: '问题' } });
    await expectRefused(ctx, 'evidence:attach', withoutItem, 'INVALID_ARGS');
    await expectRefused(ctx, 'evidence:attach', attachArgs(JPEG, { inspectionId: 99999 }), 'NOT_FOUND');
    advanceInspectionStatus(ctx.db, draft.id, 'locked', '李评估');
    await expectRefused(ctx, 'evidence:attach', attachArgs(JPEG), 'INSPECTION_LOCKED');
    expect(existsSync(evidenceDir())).toBe(false);
  });
});

describe('evidence:read', () => {
  it('returns the file as a data URL, checks its SHA-256, and notices tampering or a missing file', async () => {
    const evidence = await callOk<EvidenceRecord>(ctx, 'evidence:attach', attachArgs(JPEG));
    const read = await callOk<{ dataUrl: string; intact: boolean }>(ctx, 'evidence:read', { inspectionId: draft.id, id: evidence.id });
    expect(read).toEqual({ dataUrl: `data:image/jpeg;base64,${JPEG.toString('base64')}`, intact: true });

    const file = join(ctx.dataDir, evidence.relativePath);
    // One bit changed in the photo, as an editor (or a failing disk) would leave it.
    writeFileSync(file, Buffer.concat([JPEG.subarray(0, -1), Buffer.from([(JPEG.at(-1) ?? 0) ^ 0x01])]));
    expect(await callOk(ctx, 'evidence:read', { inspectionId: draft.id, id: evidence.id })).toMatchObject({ intact: false });

    rmSync(file);
    await expectRefused(ctx, 'evidence:read', { inspectionId: draft.id, id: evidence.id }, 'EVIDENCE_MISSING');
  });

  it('only reads evidence of the inspection named, and refuses bad payloads', async () => {
    const evidence = await callOk<EvidenceRecord>(ctx, 'evidence:attach', attachArgs(JPEG));
    const other = await createDraftInspection(ctx);
    await expectRefused(ctx, 'evidence:read', { inspectionId: other.id, id: evidence.id }, 'NOT_FOUND');
    await expectRefused(ctx, 'evidence:read', { inspectionId: draft.id, id: evidence.id, path: '../app.sqlite' }, 'INVALID_ARGS');
    await expectRefused(ctx, 'evidence:read', { inspectionId: draft.id, id: '1' }, 'INVALID_ARGS');
  });
});
