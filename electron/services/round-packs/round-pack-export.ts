import type { Database } from '../../../db/engine';
import type { StoredRoundDraw } from '../../../db/repositories/round-draws';
import type { AssignmentPanel } from '../../../db/repositories/sync-assignments';
import type { DrawnPanel, InstitutionKind } from '../../../shared/domain/double-random/types';
import { AppError } from '../../../shared/errors';
import { institutionKindLabels } from '../../../shared/store/enums';
import { exportPack, type AssessmentAssignment, type PackExportResult } from '../sync/office/pack-export';
import type { UnlockedOffice } from '../sync/office/office-keys';
import { leaderOf, requireDrawnRound } from './drawn-round';
import { roundPackTargets } from './round-pack-targets';

/** The form each kind of filing is assessed with: a version by hash, or the current version of the id. */
export interface RoundPackForm {
  kind: InstitutionKind;
  templateId: string;
  templateHash?: string | undefined;
}

export interface RoundPackInput {
  roundUid: string;
  deviceKey: string;
  forms: readonly RoundPackForm[];
  now: Date;
  appVersion: string;
}

export interface RoundPackResult extends PackExportResult {
  /** The leaders whose panels this pack carries, by code. */
  leaderCodes: string[];
  /** Filings whose panel is short of members: they go as drawn (the shortfall is in the draw's record). */
  shortPanelFilingIds: number[];
}

/** The panel as drawn, leader first, as the laptop prefills it. */
const panelOf = (panel: DrawnPanel): AssignmentPanel =>
  [...panel.seats].sort((a, b) => Number(b.role === 'lead') - Number(a.role === 'lead')).map(({ name, role }) => ({ name, role }));

/**
 * `roundPlans:exportPack`: the panels this laptop's leaders lead become assessment assignments in the round, each
 * with the form of its filing's kind and the panel as drawn, through the ordinary pack export (signed, encrypted
 * to the laptop, cumulative). Every form is checked before anything is written.
 */
export function exportRoundPack(db: Database, office: UnlockedOffice, input: RoundPackInput): RoundPackResult {
  const draw = requireDrawnRound(db, input.roundUid);
  const leaderCodes = roundPackTargets(db, input.roundUid)
    .filter((target) => target.deviceKey === input.deviceKey)
    .map((target) => target.leaderCode);
  const led = draw.record.panels.filter((panel) => leaderCodes.includes(leaderOf(panel)?.code ?? ''));
  if (led.length === 0) throw new AppError('ROUND_PACK_NO_PANELS', { name: draw.record.roundName, deviceKey: input.deviceKey });
  const assignments = roundPackAssignments(draw, led, input.forms);
  const result = exportPack(db, office, { deviceKey: input.deviceKey, assignments, now: input.now, appVersion: input.appVersion });
  return {
    ...result,
    leaderCodes,
    shortPanelFilingIds: led.filter((panel) => panel.shortfall !== null).map((panel) => panel.filingId),
  };
}

/** The assessment assignments of some drawn panels; refuses (naming the kind) a panel whose filing's kind has no form. */
export function roundPackAssignments(draw: StoredRoundDraw, panels: readonly DrawnPanel[], forms: readonly RoundPackForm[]): AssessmentAssignment[] {
  const selected = new Map(draw.record.selected.map((filing) => [filing.filingId, filing]));
  return panels.map((panel): AssessmentAssignment => {
    const filing = selected.get(panel.filingId);
    const kind = filing?.kind ?? draw.institutions.filings.find((f) => f.filingId === panel.filingId)?.kind;
    const form = forms.find((f) => f.kind === kind);
    if (!form || kind === undefined)
      throw new AppError('ROUND_PACK_FORM_MISSING', {
        kind: kind === undefined ? '—' : institutionKindLabels[kind],
        filingNo: filing?.filingNo ?? String(panel.filingId),
      });
    return {
      filingId: panel.filingId,
      templateId: form.templateId,
      ...(form.templateHash ? { templateHash: form.templateHash } : {}),
      roundUid: draw.roundUid,
      panel: panelOf(panel),
    };
  });
}
