import { isIsoDate } from '../../../../shared/domain/deadlines/plain-date';
import {
  DIRECTORY_INSTITUTION_KINDS,
  PROCESS_CHECK_MINIMUM_PERCENT,
  type InstitutionKind,
  type KindPercents,
  type RoundRules,
} from '../../../../shared/domain/double-random/types';

type KindTexts = Record<InstitutionKind, string>;

/** The rules editor as typed: numbers as the inputs hold them, each part switched on or off. */
export interface RulesFormValues {
  renewal: boolean;
  renewalFrom: string;
  renewalTo: string;
  spotCheckPercent: KindTexts;
  processCheck: boolean;
  processYear: string;
  processPercent: KindTexts;
  members: string;
  maxPanelsPerExpert: string;
  avoidSameRegion: boolean;
  avoidPreviousRound: boolean;
  /** '' when no previous round is chosen. */
  previousRoundUid: string;
  preferSpecialists: boolean;
}

/** A refusal of the form: an i18n key under roundDraws.rules.problems and its parameters. */
export interface RulesProblem {
  key: 'renewalDate' | 'renewalOrder' | 'percent' | 'processYear' | 'members' | 'maxPanels';
  params?: Record<string, string | number>;
}

const texts = (percents: KindPercents): KindTexts => ({
  enterprise: String(percents.enterprise),
  college: String(percents.college),
  socialOrg: String(percents.socialOrg),
});

/** The form for stored rules; a part switched off keeps sensible values to switch it on with (the round's year). */
export function rulesToForm(rules: RoundRules, year: number): RulesFormValues {
  return {
    renewal: rules.renewalWindow !== null,
    renewalFrom: rules.renewalWindow?.from ?? `${year}-01-01`,
    renewalTo: rules.renewalWindow?.to ?? `${year}-12-31`,
    spotCheckPercent: texts(rules.spotCheckPercent),
    processCheck: rules.processCheck !== null,
    processYear: String(rules.processCheck?.year ?? year),
    processPercent: texts(rules.processCheck?.batchPercent ?? PROCESS_CHECK_MINIMUM_PERCENT),
    members: String(rules.panel.members),
    maxPanelsPerExpert: String(rules.panel.maxPanelsPerExpert),
    avoidSameRegion: rules.panel.avoidSameRegion,
    avoidPreviousRound: rules.panel.avoidPreviousRound,
    previousRoundUid: rules.panel.previousRoundUid ?? '',
    preferSpecialists: rules.panel.preferSpecialists,
  };
}

/** A whole number written plainly (no 1e2, no 1.0), or null. */
function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : null;
}

function percents(values: KindTexts, part: 'spotCheck' | 'processCheck'): KindPercents | RulesProblem {
  const result = {} as KindPercents;
  for (const kind of DIRECTORY_INSTITUTION_KINDS) {
    const n = wholeNumber(values[kind]);
    if (n === null || n > 100) return { key: 'percent', params: { part, kind } };
    result[kind] = n;
  }
  return result;
}

const isProblem = (value: object): value is RulesProblem => 'key' in value;

/** The RoundRules the form says, or the first thing it gets wrong (main's roundRulesSchema checks the same again). */
export function rulesFromForm(values: RulesFormValues): { rules: RoundRules } | { problem: RulesProblem } {
  let renewalWindow: RoundRules['renewalWindow'] = null;
  if (values.renewal) {
    const from = values.renewalFrom.trim();
    const to = values.renewalTo.trim();
    if (!isIsoDate(from) || !isIsoDate(to)) return { problem: { key: 'renewalDate' } };
    if (from > to) return { problem: { key: 'renewalOrder' } };
    renewalWindow = { from, to };
  }
  const spotCheckPercent = percents(values.spotCheckPercent, 'spotCheck');
  if (isProblem(spotCheckPercent)) return { problem: spotCheckPercent };
  let processCheck: RoundRules['processCheck'] = null;
  if (values.processCheck) {
    const year = wholeNumber(values.processYear);
    if (year === null || year < 2000 || year > 2100) return { problem: { key: 'processYear' } };
    const batchPercent = percents(values.processPercent, 'processCheck');
    if (isProblem(batchPercent)) return { problem: batchPercent };
    processCheck = { year, batchPercent };
  }
  const members = wholeNumber(values.members);
  if (members === null || members > 10) return { problem: { key: 'members' } };
  const maxPanelsPerExpert = wholeNumber(values.maxPanelsPerExpert);
  if (maxPanelsPerExpert === null || maxPanelsPerExpert < 1 || maxPanelsPerExpert > 1000) return { problem: { key: 'maxPanels' } };
  // 回避 of the previous round without one named is allowed: the draw records that it knew no previous round.
  const previousRoundUid = values.previousRoundUid === '' ? null : values.previousRoundUid;
  return {
    rules: {
      renewalWindow,
      spotCheckPercent,
      processCheck,
      panel: {
        members,
        maxPanelsPerExpert,
        avoidSameRegion: values.avoidSameRegion,
        avoidPreviousRound: values.avoidPreviousRound,
        previousRoundUid,
        preferSpecialists: values.preferSpecialists,
      },
    },
  };
}

/**
 * R-SM-05 (鲁人社函〔2024〕48号 §二(四)): the kinds whose process-check share, as typed, is below the yearly minimum
 * (50 % 社会培训评价组织, 10 % 用人单位). A warning beside the field, never a refusal: the draw records it too.
 */
export function processCheckBelowMinimum(values: Pick<RulesFormValues, 'processCheck' | 'processPercent'>): InstitutionKind[] {
  if (!values.processCheck) return [];
  return DIRECTORY_INSTITUTION_KINDS.filter((kind) => {
    const n = wholeNumber(values.processPercent[kind]);
    return n !== null && n < PROCESS_CHECK_MINIMUM_PERCENT[kind];
  });
}
