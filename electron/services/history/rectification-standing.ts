import type { Database } from '../../../db/engine';
import { inspectionsOfRectification } from '../../../db/repositories/inspection-rounds';
import { listResponses, type DecisionRecord, type RectificationRecord } from '../../../db/repositories/rectifications';
import { statement } from '../../../db/sql';
import { rectificationStage, rectificationWatch } from '../../../shared/domain/rectification';
import type { RectificationStage, RectificationWatch } from '../../../shared/domain/rectification/types';
import { currentWorkingCalendar } from '../calendar/stored-calendar';

/** Where a rectification stands for the history view: the same stage and deadline watch as the rectification pages. */
export function rectificationStanding(
  db: Database,
  rectification: RectificationRecord,
  decision: DecisionRecord | null,
  onDate: string,
): { stage: RectificationStage; watch: RectificationWatch } {
  const responses = listResponses(db, rectification.uid);
  const assigned = statement<{ n: number }>(db, 'SELECT count(*) AS n FROM sync_assignments WHERE rectification_uid = ?').get(rectification.uid);
  const stage = rectificationStage({
    responses: responses.length,
    followUpsAssigned: assigned?.n ?? 0,
    followUpsReceived: inspectionsOfRectification(db, rectification.uid).length,
    decided: decision !== null,
  });
  const { watch } = rectificationWatch({ dueOn: rectification.dueOn, responses, decision }, onDate, currentWorkingCalendar(db));
  return { stage, watch };
}
