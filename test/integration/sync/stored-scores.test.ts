import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedScoresOf, saveInspectionScore, type StoredScoreNow } from '../../../db/repositories/inspection-scores';
import { pinnedTemplateHash } from '../../../db/repositories/inspection-template-pins';
import { requireInspection } from '../../../db/repositories/inspections';
import { createRevision } from '../../../db/repositories/revisions';
import { advanceInspectionStatus } from '../../../db/repositories/inspections';
import { listImportedInspections } from '../../../db/repositories/sync-imports';
import { importBundle } from '../../../electron/services/sync/office/bundle-import';
import { buildOpinionSummary } from '../../../electron/services/sync/review/opinion-summary';
import { reviewInspection } from '../../../electron/services/sync/review/review-list';
import { SCORING_VERSION, scoreInspection, scoreInspections } from '../../../electron/services/sync/review/score-inspection';
import { opinionSummaryPerRow } from '../../support/opinion-summary-per-row';
import { exportBundle, filingsOfYear, inspect, makeWorld, NOW, type Office } from './sync-fixtures';

// Issue 17 §6: an imported inspection's score is stored at import (migration 0015) and the 附件4 summary is built from
// a few statements; both must give exactly what scoring every row from its answers gave.
let world: ReturnType<typeof makeWorld>;
let office: Office;

beforeAll(async () => {
  world = makeWorld();
  office = world.office();
  const renewal = filingsOfYear(office.db, 2020);
  const ongoing = filingsOfYear(office.db, 2021);
  const [a, b, c] = renewal;
  const [d, e] = ongoing;
  if (a === undefined || b === undefined || c === undefined || d === undefined || e === undefined) throw new Error('demo filings missing');
  const zhang = world.field(office, 'laptop-01', '张三', [a, b, d]);
  const revised = await inspect(zhang, a);
  await inspect(zhang, b, { vetoYes: true });
  await inspect(zhang, d);
  importBundle(office.db, exportBundle(world, zhang, 'laptop-01-1.skb'), office.keys, NOW);
  // A revision of a: its first version is superseded (not a head).
  const revision = createRevision(zhang.db, revised, '更正', '张三', NOW.toISOString());
  advanceInspectionStatus(zhang.db, revision.id, 'signed', '张三', null, NOW.toISOString());
  importBundle(office.db, exportBundle(world, zhang, 'laptop-01-2.skb'), office.keys, NOW);
  // Another laptop assesses a and d too (conflicts), and c and e alone.
  const li = world.field(office, 'laptop-02', '李四', [a, c, d, e]);
  await inspect(li, a, { date: '2023-09-06' });
  await inspect(li, c, { vetoYes: true });
  await inspect(li, d, { date: '2023-09-06' });
  await inspect(li, e);
  importBundle(office.db, exportBundle(world, li, 'laptop-02.skb'), office.keys, NOW);
}, 300_000);
afterAll(() => world.close());

const imported = () => listImportedInspections(office.db);
const storedOf = (ids: number[]) => new Map(storedScoresOf(office.db, ids).map((row) => [row.inspectionId, row]));

describe('stored scores of imported inspections (migration 0015)', () => {
  it('R-YQ-05 R-YQ-07 the score stored at import is the one scoreInspection computes from the answers', () => {
    const records = imported();
    expect(records.length).toBe(8);
    const stored = storedOf(records.map((r) => r.inspectionId));
    expect(stored.size).toBe(records.length);
    const categories = new Set<string>();
    for (const record of records) {
      const inspection = requireInspection(office.db, record.inspectionId);
      const scored = scoreInspection(office.db, inspection);
      const row = stored.get(record.inspectionId) as StoredScoreNow;
      categories.add(row.category);
      expect(row).toMatchObject({
        templateHash: pinnedTemplateHash(office.db, inspection.id),
        scoringVersion: SCORING_VERSION,
        totalHundredths: scored.total,
        category: scored.category,
        outcomeLabel: scored.outcomeLabel,
        ordersRectification: scored.ordersRectification,
      });
      expect(row.filingYear).toBe(row.currentFilingYear);
    }
    // Both 附件4 tracks and a veto: more than one outcome is stored.
    expect(categories.size).toBeGreaterThan(1);
    const inspections = records.map((r) => requireInspection(office.db, r.inspectionId));
    const many = scoreInspections(office.db, inspections);
    for (const inspection of inspections) expect(many.get(inspection.id)).toEqual(scoreInspection(office.db, inspection));
  });

  it('R-YQ-05 R-YQ-06 R-YQ-07 the summary from stored scores equals the one scored row by row, whatever the review state', () => {
    const records = imported();
    let at = NOW.getTime();
    fc.assert(
      fc.property(
        fc.array(fc.record({ index: fc.nat({ max: records.length - 1 }), accept: fc.boolean() }), { minLength: 1, maxLength: 6 }),
        (steps) => {
          for (const { index, accept } of steps) {
            at += 60_000;
            const record = records[index];
            if (!record) continue;
            reviewInspection(office.db, {
              importedId: record.id,
              decision: accept ? 'accepted' : 'returned',
              comment: accept ? null : '请补充材料',
              actor: '科长',
              now: new Date(at),
            });
          }
          expect(buildOpinionSummary(office.db)).toEqual(opinionSummaryPerRow(office.db));
        },
      ),
      { numRuns: 12, seed: 17 },
    );
    // The runs reached a state with counted rows, not only exclusions.
    for (const record of records)
      reviewInspection(office.db, { importedId: record.id, decision: 'accepted', actor: '科长', now: new Date((at += 60_000)) });
    const summary = buildOpinionSummary(office.db);
    expect(summary).toEqual(opinionSummaryPerRow(office.db));
    expect(summary.years.flatMap((y) => y.rows).length).toBeGreaterThan(0);
  });

  it('R-YQ-07 a store without score rows (upgraded from version 14) gives the same summary', () => {
    const before = buildOpinionSummary(office.db);
    const ids = imported().map((r) => r.inspectionId);
    const saved = storedScoresOf(office.db, ids);
    office.db.prepare('DELETE FROM inspection_scores').run();
    try {
      expect(storedScoresOf(office.db, ids)).toEqual([]);
      expect(buildOpinionSummary(office.db)).toEqual(before);
      expect(buildOpinionSummary(office.db)).toEqual(opinionSummaryPerRow(office.db));
    } finally {
      for (const row of saved) saveInspectionScore(office.db, row);
    }
    expect(storedScoresOf(office.db, ids)).toHaveLength(ids.length);
  });

  it('R-YQ-07 a stored score is not used once what it was computed from changed (scoring version, filing year)', () => {
    const [first, second] = imported().filter((r) => !r.conflictKey.startsWith('followUp:'));
    if (!first || !second) throw new Error('imported inspections missing');
    office.db
      .prepare('UPDATE inspection_scores SET scoring_version = ?, outcome_label = ? WHERE inspection_id = ?')
      .run(SCORING_VERSION + 1, '旧评分', first.inspectionId);
    // The filing's year moves it to the other 附件4 track: the stored score (of the old track) no longer holds.
    const filingId = requireInspection(office.db, second.inspectionId).filingId;
    const year = (office.db.prepare('SELECT filing_year FROM filings WHERE id = ?').get(filingId) as { filing_year: number }).filing_year;
    office.db.prepare('UPDATE filings SET filing_year = ? WHERE id = ?').run(year === 2020 ? 2021 : 2020, filingId);
    const inspections = [first, second].map((r) => requireInspection(office.db, r.inspectionId));
    const scores = scoreInspections(office.db, inspections);
    for (const inspection of inspections) expect(scores.get(inspection.id)).toEqual(scoreInspection(office.db, inspection));
    expect(buildOpinionSummary(office.db)).toEqual(opinionSummaryPerRow(office.db));
  });
});
