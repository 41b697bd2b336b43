import type { HashFactory } from '../sampling/hashing-writer';
import { normalizeSeedHex } from '../sampling/draw-stream';
import { hashExpertDirectory, hashInstitutionDirectory } from './directories';
import { drawRound, type RoundDrawInput } from './draw-round';
import { seedHash } from './seed-commitment';
import {
  ROUND_DRAW_ALGORITHM,
  type ExpertDirectory,
  type InstitutionDirectory,
  type RoundDrawOutcome,
  type RoundDrawRecord,
  type RoundVerification,
} from './types';

export interface RoundDrawMeta {
  roundUid: string;
  roundName: string;
  drawnAt: string;
  drawnBy: string;
}

export interface RoundHashOptions {
  /** e.g. node:crypto's SHA-256 for large directories; the same bytes as the pure one. */
  newHash?: HashFactory;
}

/**
 * The record of a round's draw: the outcome of drawRound(input) (or `outcome`, already drawn from the same input),
 * with the seed, its commitment, the rules and the hashes and sizes of both directories, so the service layer
 * stores and publishes exactly what verifyRoundDraw later checks.
 */
export function buildRoundDrawRecord(
  meta: RoundDrawMeta,
  input: RoundDrawInput,
  outcome: RoundDrawOutcome = drawRound(input),
  options: RoundHashOptions = {},
): RoundDrawRecord {
  const seed = normalizeSeedHex(input.seed);
  return {
    algorithm: ROUND_DRAW_ALGORITHM,
    roundUid: meta.roundUid,
    roundName: meta.roundName,
    seed,
    seedHash: seedHash(seed),
    rules: input.rules,
    institutionDirectoryHash: hashInstitutionDirectory(input.institutions, options.newHash),
    expertDirectoryHash: hashExpertDirectory(input.experts, options.newHash),
    counts: {
      filings: input.institutions.filings.length,
      experts: input.experts.experts.length,
      activeExperts: input.experts.experts.filter((expert) => expert.active).length,
    },
    selected: outcome.selected,
    panels: outcome.panels,
    notes: outcome.notes,
    drawnAt: meta.drawnAt,
    drawnBy: meta.drawnBy,
  };
}

/**
 * Equal as JSON values, whatever the order of object keys (a record may come back from a store or a file with its
 * keys reordered). Walks both values once without building their text: a province's panels list tens of thousands
 * of exclusions.
 */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  // JSON drops undefined members, so they count as absent on both sides.
  const keys = Object.keys(x).filter((key) => x[key] !== undefined);
  if (keys.length !== Object.keys(y).filter((key) => y[key] !== undefined).length) return false;
  for (const key of keys) if (!Object.prototype.hasOwnProperty.call(y, key) || !sameJson(x[key], y[key])) return false;
  return true;
}

/** Re-runs a recorded round draw from the two directories and says whether it gives the same result. */
export function verifyRoundDraw(
  record: RoundDrawRecord,
  institutions: InstitutionDirectory,
  experts: ExpertDirectory,
  options: RoundHashOptions = {},
): RoundVerification {
  if (record.algorithm !== ROUND_DRAW_ALGORITHM) {
    return { ok: false, problems: [`记录使用的算法版本 ${String(record.algorithm)} 与本程序 ${ROUND_DRAW_ALGORITHM} 不同，无法复核。`] };
  }
  const problems: string[] = [];
  let seed: string;
  try {
    seed = normalizeSeedHex(record.seed);
  } catch {
    return { ok: false, problems: ['记录中的随机种子格式不正确，无法复核。'] };
  }
  const committed = seedHash(seed);
  if (committed !== record.seedHash)
    problems.push(`随机种子与事先公布的种子哈希值不符：公布为 ${record.seedHash}，按记录的种子计算为 ${committed}。`);

  const institutionHash = hashInstitutionDirectory(institutions, options.newHash);
  if (institutionHash !== record.institutionDirectoryHash) {
    problems.push(`检查对象名录的哈希值不一致：记录为 ${record.institutionDirectoryHash}，复核为 ${institutionHash}。`);
  }
  const expertHash = hashExpertDirectory(experts, options.newHash);
  if (expertHash !== record.expertDirectoryHash) {
    problems.push(`检查人员名录的哈希值不一致：记录为 ${record.expertDirectoryHash}，复核为 ${expertHash}。`);
  }

  let rerun: RoundDrawOutcome;
  try {
    rerun = drawRound({ seed, rules: record.rules, institutions, experts });
  } catch (error) {
    // A record whose rules were edited by hand may no longer be drawable: that is a difference, not a crash.
    return { ok: false, problems: [...problems, `无法按记录的种子和规则重新抽取：${error instanceof Error ? error.message : String(error)}`] };
  }
  if (!sameJson(rerun.selected, record.selected)) {
    problems.push(`按记录的种子和规则重新抽取，抽中的机构与记录不一致（记录 ${record.selected.length} 家，复核 ${rerun.selected.length} 家）。`);
  }
  if (!sameJson(rerun.panels, record.panels)) {
    const differing = countDifferingPanels(record, rerun);
    problems.push(`按记录的种子和规则重新抽取，检查组与记录不一致（${differing} 个检查组不同）。`);
  }
  if (!sameJson(rerun.notes, record.notes)) problems.push('按记录的种子和规则重新抽取，抽取说明（不足与放宽情况）与记录不一致。');
  return { ok: problems.length === 0, problems };
}

function countDifferingPanels(record: RoundDrawOutcome, rerun: RoundDrawOutcome): number {
  const recorded = new Map(record.panels.map((panel) => [panel.filingId, panel]));
  const rerunById = new Map(rerun.panels.map((panel) => [panel.filingId, panel]));
  const ids = new Set([...recorded.keys(), ...rerunById.keys()]);
  let differing = 0;
  for (const id of ids) if (!sameJson(recorded.get(id) ?? null, rerunById.get(id) ?? null)) differing++;
  return differing;
}
