import type { RoundPlanRecord } from '../../../db/repositories/round-plans';
import { hashExpertDirectory, hashInstitutionDirectory } from '../../../shared/domain/double-random/directories';
import {
  ROUND_DRAW_ALGORITHM,
  type ExpertDirectory,
  type InstitutionDirectory,
  type RoundDrawOutcome,
  type RoundDrawRecord,
} from '../../../shared/domain/double-random/types';
import type { AssessmentRound } from '../../../shared/domain/rounds/types';

/** The stored and published record: the plan's seed and rules, both directories' hashes and the outcome. */
export function assembleDrawRecord(input: {
  round: AssessmentRound;
  plan: RoundPlanRecord;
  institutions: InstitutionDirectory;
  experts: ExpertDirectory;
  outcome: RoundDrawOutcome;
  drawnAt: string;
  drawnBy: string;
}): RoundDrawRecord {
  const { round, plan, institutions, experts, outcome } = input;
  return {
    algorithm: ROUND_DRAW_ALGORITHM,
    roundUid: round.uid,
    roundName: round.name,
    seed: plan.seed,
    seedHash: plan.seedHash,
    rules: plan.rules,
    institutionDirectoryHash: hashInstitutionDirectory(institutions),
    expertDirectoryHash: hashExpertDirectory(experts),
    counts: {
      filings: institutions.filings.length,
      experts: experts.experts.length,
      activeExperts: experts.experts.filter((expert) => expert.active).length,
    },
    selected: outcome.selected,
    panels: outcome.panels,
    notes: outcome.notes,
    drawnAt: input.drawnAt,
    drawnBy: input.drawnBy,
  };
}
