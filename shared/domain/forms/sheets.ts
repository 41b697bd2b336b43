/** One worksheet as plain cells: rows[0] is the header row (Excel row 1). */
export type FormCell = string | number | boolean | null;

export interface FormSheet {
  name: string;
  rows: FormCell[][];
}

/** A column of a form sheet: `key` is the Template property it holds (what a Problem's `at` field names). */
export interface ColumnSpec {
  key: string;
  header: string;
  /** A column added to the format later: a sheet without it still compiles (its cells read as blank). */
  optional?: boolean;
}

export interface SheetSpec {
  name: string;
  columns: readonly ColumnSpec[];
  /** A form without this sheet is refused; the others may be left out when they would be empty. */
  required: boolean;
}

const col = (key: string, header: string): ColumnSpec => ({ key, header });
const optionalCol = (key: string, header: string): ColumnSpec => ({ key, header, optional: true });

// The workbook layout of a form (docs/form-format.md). Sheet and column names are what compile looks for; the order
// here is the order the exporter writes. Columns are found by their header text, so a clerk may reorder them.
export const FORM_SHEETS = {
  header: {
    name: '表头',
    required: true,
    columns: [col('field', '字段'), col('value', '值')],
  },
  sections: {
    name: '类别',
    required: true,
    columns: [col('id', '编号'), col('title', '名称'), col('declaredMax', '分值')],
  },
  groups: {
    name: '分组',
    required: true,
    columns: [col('sectionId', '类别编号'), col('id', '编号'), col('title', '名称'), col('declaredMax', '分值')],
  },
  items: {
    name: '项目',
    required: true,
    columns: [
      col('groupId', '分组编号'),
      col('id', '编号'),
      col('content', '评估内容'),
      col('method', '评估办法'),
      col('scoringRule', '评分标准'),
      col('maxPoints', '分值'),
      col('scoring', '计分方式'),
      col('floorStatedInText', '写明扣完为止'),
      col('sharedWithItemIds', '共用扣分的行'),
      col('leadItemId', '主行'),
      col('unit', '计数对象'),
      col('numeratorLabel', '分子'),
      col('denominatorLabel', '分母'),
    ],
  },
  tiers: {
    name: '档次',
    required: false,
    columns: [col('itemId', '项目编号'), col('id', '编号'), col('label', '档次原文'), col('min', '最低分'), col('max', '最高分')],
  },
  rules: {
    name: '扣分规则',
    required: false,
    columns: [
      col('itemId', '项目编号'),
      col('id', '编号'),
      col('text', '规则原文'),
      col('points', '扣分'),
      col('per', '计数'),
      col('attributedItemId', '计入行'),
    ],
  },
  brackets: {
    name: '比例分档',
    required: false,
    columns: [
      col('itemId', '项目编号'),
      col('id', '编号'),
      col('label', '档次原文'),
      col('fromPercent', '下限%'),
      col('fromInclusive', '含下限'),
      col('toPercent', '上限%'),
      col('toInclusive', '含上限'),
      col('points', '得分'),
    ],
  },
  reasons: {
    name: '原因选项',
    required: false,
    columns: [col('itemId', '项目编号'), col('text', '原因')],
  },
  unitTiers: {
    name: '单位比例扣分',
    required: false,
    columns: [
      col('itemId', '项目编号'),
      col('id', '编号'),
      col('label', '档次原文'),
      col('when', '条件'),
      col('numerator', '分子'),
      col('denominator', '分母'),
      col('points', '扣分'),
    ],
  },
  penalties: {
    name: '倒扣分',
    required: false,
    columns: [col('id', '编号'), col('content', '内容'), col('scoringRule', '评分标准'), col('pointsPerOccurrence', '每次扣分')],
  },
  vetoes: {
    name: '否决',
    required: false,
    columns: [col('id', '编号'), col('text', '内容')],
  },
  facts: {
    name: '情形',
    required: false,
    columns: [col('id', '编号'), col('label', '问题'), col('source', '依据')],
  },
  outcome: {
    name: '结论规则',
    required: true,
    columns: [
      col('ruleId', '规则编号'),
      col('when', '条件'),
      col('flag', '情形编号'),
      col('category', '结论'),
      col('renewal', '延续备案结论'),
      col('ongoing', '继续评价结论'),
      col('reason', '理由'),
      col('source', '依据'),
      col('rectificationCount', '整改期限'),
      col('rectificationUnit', '期限单位'),
    ],
  },
  labels: {
    name: '结论名称',
    required: false,
    columns: [col('category', '结论'), col('label', '名称'), optionalCol('summaryHeading', '汇总表列标题')],
  },
  tracks: {
    name: '备案年度',
    required: false,
    columns: [col('year', '备案年度'), col('track', '轨道')],
  },
  sampling: {
    name: '抽样',
    required: false,
    columns: [col('rule', '抽样规则'), col('itemIds', '项目编号')],
  },
  findings: {
    name: '自动发现',
    required: false,
    columns: [col('finding', '发现'), col('target', '对象'), col('itemId', '项目编号'), col('ruleId', '规则编号'), col('vetoId', '否决编号')],
  },
  columns: {
    name: '打印列',
    required: false,
    columns: [col('key', '列'), col('label', '标题'), col('addedByApp', '应用添加')],
  },
  columnGroups: {
    name: '打印分组',
    required: false,
    columns: [col('label', '标题'), col('span', '跨列数')],
  },
  headerFields: {
    name: '表头字段',
    required: false,
    columns: [col('label', '字段')],
  },
} as const satisfies Record<string, SheetSpec>;

export type FormSheetKey = keyof typeof FORM_SHEETS;

/** The rows of the 表头 sheet: Template field → the 字段 word written in column A. */
export const HEADER_FIELDS = {
  id: '编号',
  version: '版本',
  title: '标题',
  notice: '文号',
  attachment: '附件',
  issuer: '发文机关',
  date: '发文日期',
  declaredTotal: '声明满分',
  declaredTotalSource: '声明满分依据',
  passMark: '合格分',
  passMarkSource: '合格分依据',
  passMarkConfigurable: '合格分可设置',
  summaryAttachment: '汇总表附件号',
} as const;

/** 表头 rows a form may leave out. */
export const OPTIONAL_HEADER_FIELDS: readonly HeaderField[] = ['passMarkConfigurable', 'summaryAttachment'];

export type HeaderField = keyof typeof HEADER_FIELDS;

/** A sheet the exporter adds for people (what the sheets mean); compile ignores it. */
export const NOTES_SHEET = '说明';

/** Separator of id lists in one cell (共用扣分的行, 抽样 项目编号); compile also accepts , ， ; and line breaks. */
export const LIST_SEPARATOR = '、';

/** "A", "B" … "Z", "AA" … for a 0-based column index, as Excel names columns. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
