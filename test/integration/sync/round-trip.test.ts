import { afterEach, describe, expect, it } from 'vitest';
import { importBundle } from '../../../electron/services/sync/office/bundle-import';
import { buildOpinionSummary } from '../../../electron/services/sync/review/opinion-summary';
import { listReview, reviewInspection } from '../../../electron/services/sync/review/review-list';
import { getRole } from '../../../electron/services/sync/role';
import { getTemplate } from '../../../shared/domain/templates';
import { score } from '../../../shared/domain/scoring';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportBundle, filingsOfYear, inspect, makeWorld, NOW } from './sync-fixtures';

let world: ReturnType<typeof makeWorld>;
afterEach(() => world.close());

const example = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/answers/shanxi-renewal-2023.example.json'), 'utf8')) as Record<
  string,
  unknown
>;

describe('office ⇄ field round trip', () => {
  it('R-YQ-07 init → enroll → pack → inspection via handlers → bundle → import → summary with category and score', async () => {
    world = makeWorld();
    const office = world.office();
    const [renewal] = filingsOfYear(office.db, 2020);
    const [ongoing] = filingsOfYear(office.db, 2021);
    if (renewal === undefined || ongoing === undefined) throw new Error('demo filings missing');
    const field = world.field(office, 'laptop-01', '张三', [renewal, ongoing]);
    expect(getRole(office.db)).toBe('office');
    expect(getRole(field.db)).toBe('field');

    await inspect(field, renewal);
    await inspect(field, ongoing, { vetoYes: true });
    const bytes = exportBundle(world, field, 'bundle-1.skb');
    expect(bytes.includes(Buffer.from('张三'))).toBe(false); // encrypted: no personal data readable on the stick

    const report = importBundle(office.db, bytes, office.keys, NOW);
    expect(report).toMatchObject({ status: 'imported', added: 2, conflicts: [] });
    const review = listReview(office.db);
    expect(review).toHaveLength(2);
    for (const item of review) reviewInspection(office.db, { importedId: item.importedId, decision: 'accepted', actor: '科长', now: NOW });

    const summary = buildOpinionSummary(office.db);
    const expected2020 = score(getTemplate('shanxi-renewal-2023'), { ...example, context: { ...(example['context'] as object), filingYear: 2020 } });
    const y2020 = summary.years.find((y) => y.filingYear === 2020);
    const y2021 = summary.years.find((y) => y.filingYear === 2021);
    expect(y2020?.rows[0]).toMatchObject({ opinion: expected2020.outcome.category, scoreHundredths: expected2020.total });
    expect(['renew', 'defer', 'terminate']).toContain(y2020?.rows[0]?.opinion);
    expect(y2021?.rows[0]?.opinion).toBe('terminate'); // a 一票否决 answered 是 (R-YQ-05)
    expect(summary.totals.terminate).toBeGreaterThanOrEqual(1);

    expect(importBundle(office.db, bytes, office.keys, NOW).status).toBe('alreadyImported');
  });
});
