import { normalizeCodeText, invalid, valid, type ValidationResult } from './validation-result';

/**
 * Skill levels (R-INS-04), lowest first. The five national levels (001 §二: 五级（初级工）… 一级（高级技师）)
 * plus the post levels an enterprise may add: 学徒工 below, 特级技师 and 首席技师 above.
 */
export const SKILL_LEVELS = ['apprentice', 'level5', 'level4', 'level3', 'level2', 'level1', 'specialTechnician', 'chiefTechnician'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];
export type NationalLevel = 'level5' | 'level4' | 'level3' | 'level2' | 'level1';
export const NATIONAL_LEVELS: readonly NationalLevel[] = ['level5', 'level4', 'level3', 'level2', 'level1'];

/** Display names as the notices write them. */
export const SKILL_LEVEL_LABELS: Readonly<Record<SkillLevel, string>> = {
  apprentice: '学徒工',
  level5: '五级/初级工',
  level4: '四级/中级工',
  level3: '三级/高级工',
  level2: '二级/技师',
  level1: '一级/高级技师',
  specialTechnician: '特级技师',
  chiefTechnician: '首席技师',
};

/**
 * Certificate counts per level (000 附件1 “当前备案期发证数量”): 学徒工 初级 中级 高级 技师 高级技师 特级技师 首席技师.
 * 004 附件2 uses the five national buckets 初级 … 高级技师 only.
 */
export const CERTIFICATE_LEVEL_BUCKETS: readonly { level: SkillLevel; label: string }[] = [
  { level: 'apprentice', label: '学徒工' },
  { level: 'level5', label: '初级' },
  { level: 'level4', label: '中级' },
  { level: 'level3', label: '高级' },
  { level: 'level2', label: '技师' },
  { level: 'level1', label: '高级技师' },
  { level: 'specialTechnician', label: '特级技师' },
  { level: 'chiefTechnician', label: '首席技师' },
];

/**
 * The enterprise states how its extra levels correspond to national ones (001 §二 “明确其与国家职业技能标准
 * 相应技能等级之间的对应关系”); this default maps each to the nearest national level and is used when none is given.
 */
export const DEFAULT_NATIONAL_EQUIVALENT: Readonly<Record<SkillLevel, NationalLevel>> = {
  apprentice: 'level5',
  level5: 'level5',
  level4: 'level4',
  level3: 'level3',
  level2: 'level2',
  level1: 'level1',
  specialTechnician: 'level1',
  chiefTechnician: 'level1',
};

export function nationalLevelOf(level: SkillLevel, mapping: Partial<Record<SkillLevel, NationalLevel>> = {}): NationalLevel {
  return mapping[level] ?? DEFAULT_NATIONAL_EQUIVALENT[level];
}

/** 0 = 学徒工 … 7 = 首席技师. */
export function skillLevelRank(level: SkillLevel): number {
  return SKILL_LEVELS.indexOf(level);
}

const SPELLINGS: Readonly<Record<SkillLevel, readonly string[]>> = {
  apprentice: ['学徒工', '学徒', 'apprentice'],
  level5: ['五级', '5级', '五', '5', '初级工', '初级', '初级技能', '职业资格五级', '国家职业资格五级', 'level5', 'l5'],
  level4: ['四级', '4级', '四', '4', '中级工', '中级', '中级技能', '职业资格四级', '国家职业资格四级', 'level4', 'l4'],
  level3: ['三级', '3级', '三', '3', '高级工', '高级', '高级技能', '职业资格三级', '国家职业资格三级', 'level3', 'l3'],
  level2: ['二级', '2级', '二', '2', '技师', '职业资格二级', '国家职业资格二级', 'level2', 'l2'],
  level1: ['一级', '1级', '一', '1', '高级技师', '职业资格一级', '国家职业资格一级', 'level1', 'l1'],
  specialTechnician: ['特级技师', 'specialtechnician'],
  chiefTechnician: ['首席技师', 'chieftechnician'],
};

const LEVEL_BY_SPELLING = new Map<string, SkillLevel>(
  SKILL_LEVELS.flatMap((level) => SPELLINGS[level].map((spelling) => [spelling, level] as const)),
);

/**
 * Reads a level from any common spelling: 四级, 4, 4级, 中级工, 中级, 四级/中级工, 四级（中级工）, level4.
 * Parts separated by / 、 or brackets must all name the same level.
 */
export function parseSkillLevel(input: string): ValidationResult<SkillLevel> {
  const text = normalizeCodeText(input).toLowerCase();
  if (text === '') return invalid('ROW_LEVEL_EMPTY');
  const parts = text.split(/[/、()（）]+/).filter((part) => part !== '');
  const levels = new Set<SkillLevel>();
  for (const part of parts) {
    const level = LEVEL_BY_SPELLING.get(part);
    if (!level) return invalid('ROW_LEVEL_UNKNOWN', { text: input.trim() });
    levels.add(level);
  }
  const [first, ...rest] = [...levels];
  if (first === undefined) return invalid('ROW_LEVEL_EMPTY');
  if (rest.length > 0) return invalid('ROW_LEVEL_INCONSISTENT', { text: input.trim() });
  return valid(first);
}
