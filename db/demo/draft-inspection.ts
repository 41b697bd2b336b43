import type { Database } from '../engine';
import type { ItemAnswer } from '../../shared/domain/scoring/answers';
import { getTemplate } from '../../shared/domain/templates/registry';
import { allItems } from '../../shared/domain/templates/walk';
import { saveAnswer } from '../repositories/answers';
import { cleanAnswer } from './clean-answers';
import { DemoClock } from './demo-clock';
import { DEMO_INSPECTORS } from './demo-panel';
import { loadFilingFacts } from './filing-facts';
import { newDemoInspection } from './new-demo-inspection';

/** The demo's inspection in progress: an employer's own evaluation, on the Shandong enterprise form. */
export const DRAFT_DEMO_FILING = '阳泉市热力有限责任公司';
const INSPECTION_DATE = '2023-09-14';
const FIRST_STAMP = '2023-09-14T01:00:00.000Z';

/** The second item gets a middle tier, so the draft shows a partial score and not only full marks. */
function draftAnswer(index: number, answer: ItemAnswer | undefined, maxPoints: number): ItemAnswer | undefined {
  if (index !== 1 || answer?.tier === undefined) return answer;
  return { tier: '2', points: maxPoints / 100 - 1, selfScore: maxPoints / 100, note: '制度已建立，部分执行记录不全' };
}

/** A draft half scored: the first half of the items answered, nothing signed, no score stored yet. */
export function addDraftDemoInspection(db: Database, filingId: number): number {
  const actor = DEMO_INSPECTORS[0].name;
  const clock = new DemoClock(FIRST_STAMP);
  const template = getTemplate('shandong-enterprise-2024');
  const { inspectionId } = newDemoInspection(db, { filingId, template, inspectionDate: INSPECTION_DATE, at: clock.tick(0) });
  const facts = loadFilingFacts(db, filingId);
  const items = allItems(template);
  items.slice(0, Math.ceil(items.length / 2)).forEach(({ item }, index) => {
    const answer = draftAnswer(index, cleanAnswer(item, facts), item.maxPoints);
    if (answer) saveAnswer(db, { inspectionId, itemId: item.id, answer, actor, at: clock.tick(2) });
  });
  return inspectionId;
}
