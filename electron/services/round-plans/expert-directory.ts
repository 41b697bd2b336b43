import type { Database } from '../../../db/engine';
import { listExperts } from '../../../db/repositories/experts';
import { getRoundDraw } from '../../../db/repositories/round-draws';
import { EXPERT_DIRECTORY_FORMAT, type ExpertDirectory, type RoundDrawRecord, type RoundRules } from '../../../shared/domain/double-random/types';

/**
 * 检查人员名录 from the store: every expert of the pool, inactive ones too (the draw leaves them out with a note, so
 * the published directory shows who was not drawable). No ID number goes in: the directory is published with the
 * record. previousRoundUsccs come from the previous round's stored draw (rules.panel.previousRoundUid).
 */
export function buildExpertDirectory(db: Database, rules: RoundRules): ExpertDirectory {
  const previous = rules.panel.previousRoundUid ? getRoundDraw(db, rules.panel.previousRoundUid) : null;
  const inspected = previous ? inspectedUsccsByExpert(previous.record) : new Map<string, string[]>();
  const experts = listExperts(db).map((expert) => ({
    code: expert.code,
    name: expert.name,
    employerName: expert.employerName,
    employerUscc: expert.employerUscc,
    region: expert.region,
    specialties: [...new Set(expert.specialties)].sort(),
    roles: expert.roles,
    active: expert.active,
    conflicts: expert.conflicts.map(({ relation, uscc, name }) => ({ relation, uscc, name })),
    previousRoundUsccs: inspected.get(expert.code) ?? [],
  }));
  return { format: EXPERT_DIRECTORY_FORMAT, experts };
}

/** Who sat on which panel in a drawn round: each seat's expert code → the USCCs of the panels' filings, sorted. */
export function inspectedUsccsByExpert(record: RoundDrawRecord): Map<string, string[]> {
  const usccOfFiling = new Map(record.selected.map((filing) => [filing.filingId, filing.uscc]));
  const byExpert = new Map<string, Set<string>>();
  for (const panel of record.panels) {
    const uscc = usccOfFiling.get(panel.filingId);
    if (uscc === undefined) continue;
    for (const seat of panel.seats) {
      const set = byExpert.get(seat.code) ?? new Set<string>();
      set.add(uscc);
      byExpert.set(seat.code, set);
    }
  }
  return new Map([...byExpert].map(([code, usccs]) => [code, [...usccs].sort()]));
}
