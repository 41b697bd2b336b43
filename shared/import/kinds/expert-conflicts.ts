import type { ConflictRelation } from '../../domain/double-random/types';
import { invalid, normalizeCodeText, valid, validateUscc, type ValidationResult } from '../../domain/validation';

/** One declared conflict (回避) as a 回避机构 cell names it: the institution by USCC or by name, and why. */
export interface ImportedConflict {
  relation: ConflictRelation;
  uscc: string | null;
  name: string | null;
  note: null;
}

/** The words a cell may put in brackets after an institution; without them the conflict is 其他. */
const RELATION_WORDS: Record<string, ConflictRelation> = {
  曾任职: 'worked',
  任职: 'worked',
  曾工作: 'worked',
  曾培训: 'trained',
  培训: 'trained',
  利害关系: 'related',
  亲属: 'related',
  其他: 'other',
};

export const CONFLICT_RELATION_CHOICES = '曾任职、曾培训、利害关系、其他';

const ITEM_SEPARATORS = /[、;；\n]+/;
/** A trailing bracket: （曾任职） or (曾任职). */
const TRAILING_BRACKET = /^(.*?)[（(]([^（()）]*)[)）]$/s;
/** 18 characters of the USCC alphabet: meant as a code, so it is checked as one. */
const LOOKS_LIKE_USCC = /^[0-9A-Z]{18}$/;
const MAX_NAME = 200;

/**
 * Reads a 回避机构 cell: items separated by 、 or ；, each an 18-character USCC or an institution name, optionally
 * followed by the relation in brackets. A trailing bracket that is no relation is refused rather than taken into the
 * name (a typo would otherwise declare a conflict with an institution that does not exist); a name that ends in
 * brackets itself is written with the relation after it: 某某公司（阳泉分公司）（其他）.
 */
export function readConflictList(cell: string): ValidationResult<ImportedConflict[]> {
  const conflicts: ImportedConflict[] = [];
  const seen = new Set<string>();
  for (const raw of cell.split(ITEM_SEPARATORS)) {
    const item = raw.trim();
    if (item === '') continue;
    const parsed = readConflictItem(item);
    if (!parsed.ok) return parsed;
    const key = `${parsed.value.relation}|${parsed.value.uscc ?? ''}|${parsed.value.name ?? ''}`;
    if (!seen.has(key)) conflicts.push(parsed.value);
    seen.add(key);
  }
  return valid(conflicts);
}

function readConflictItem(item: string): ValidationResult<ImportedConflict> {
  let institution = item;
  let relation: ConflictRelation = 'other';
  const bracket = TRAILING_BRACKET.exec(item);
  if (bracket) {
    const word = (bracket[2] ?? '').normalize('NFKC').replace(/\s/g, '');
    const known = RELATION_WORDS[word];
    if (known === undefined) return invalid('ROW_EXPERT_CONFLICT_RELATION', { text: item, relation: word, choices: CONFLICT_RELATION_CHOICES });
    relation = known;
    institution = (bracket[1] ?? '').trim();
  }
  if (institution === '') return invalid('ROW_EXPERT_CONFLICT_NO_INSTITUTION', { text: item });
  const code = normalizeCodeText(institution).toUpperCase();
  if (LOOKS_LIKE_USCC.test(code)) {
    const uscc = validateUscc(code);
    return uscc.ok ? valid({ relation, uscc: uscc.value, name: null, note: null }) : uscc;
  }
  if (institution.length > MAX_NAME) return invalid('ROW_TOO_LONG', { length: institution.length, max: MAX_NAME });
  return valid({ relation, uscc: null, name: institution.replace(/\s+/g, ' '), note: null });
}
