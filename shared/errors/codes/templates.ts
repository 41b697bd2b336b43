import type { ErrorTexts } from './types';

/**
 * What template validation (shared/domain/templates/validate.ts) finds in a form: each problem a clerk can make,
 * worded with the item or list entry it is about. `{position}` and `{first}` are 1-based, as a clerk counts rows.
 */
export const templateProblemTexts = {
  FORM_MALFORMED: { zh: '评估表数据格式错误：{path}：{problem}', en: 'The form data is malformed: {path} {problem}' },
  FORM_MALFORMED_WHOLE: { zh: '评估表数据格式错误：{problem}', en: 'The form data is malformed: it {problem}' },

  FORM_TERM_SECTION: { zh: '评估类别', en: 'section' },
  FORM_TERM_GROUP: { zh: '评估项目', en: 'group' },
  FORM_TERM_ITEM: { zh: '评估内容', en: 'item' },
  FORM_TERM_PENALTY: { zh: '倒扣分项', en: 'penalty' },
  FORM_TERM_VETO: { zh: '一票否决项', en: 'veto' },
  FORM_TERM_FACT: { zh: '结果事实', en: 'context fact' },
  FORM_TERM_TIER: { zh: '档次', en: 'tier' },
  FORM_TERM_RULE: { zh: '扣分规则', en: 'deduction rule' },
  FORM_TERM_BRACKET: { zh: '比例区间', en: 'ratio bracket' },
  FORM_DUPLICATE_ID: { zh: '{what}编号“{id}”重复', en: 'The {what} id “{id}” is used twice' },
  FORM_DUPLICATE_IN_ITEM: { zh: '第{itemId}项的{what}编号“{id}”重复', en: 'item {itemId}: the {what} id “{id}” is used twice' },

  FORM_ITEM_MAX_NOT_POSITIVE: { zh: '第{itemId}项：最高分必须大于0', en: 'item {itemId}: the maximum must be above 0' },
  FORM_TIER_REVERSED: {
    zh: '第{itemId}项：档次“{tier}”的下限{min}分高于上限{max}分',
    en: 'item {itemId}: the tier “{tier}” has its lower bound {min} above its upper bound {max}',
  },
  FORM_TIER_OUTSIDE_MAX: {
    zh: '第{itemId}项：档次“{tier}”的分值 {min}–{max} 超出 0–{itemMax}',
    en: 'item {itemId}: the tier “{tier}” scores {min}–{max}, outside 0–{itemMax}',
  },
  FORM_NO_FULL_MARKS: {
    zh: '第{itemId}项：没有能得满分（{itemMax}分）的档次',
    en: 'item {itemId}: no tier gives the full {itemMax} points',
  },
  FORM_RULE_POINTS: {
    zh: '第{itemId}项：扣分规则“{rule}”的扣分必须大于0',
    en: 'item {itemId}: the deduction rule “{rule}” must deduct more than 0',
  },
  FORM_UNKNOWN_UNIT: {
    zh: '第{itemId}项：扣分规则“{rule}”的计扣单位“{unit}”无法识别（应为 {known}）',
    en: 'item {itemId}: the deduction rule “{rule}” counts per “{unit}”, which is not known (use {known})',
  },
  FORM_ATTRIBUTED_NOT_SHARED: {
    zh: '第{itemId}项：扣分规则“{rule}”归属的项目“{target}”不在合并评分的项目中',
    en: 'item {itemId}: the deduction rule “{rule}” is shown against “{target}”, which is not one of the items scored together',
  },
  FORM_SHARED_MISSING: {
    zh: '第{itemId}项：合并评分的项目“{target}”不存在',
    en: 'item {itemId}: the item “{target}” scored together with it does not exist',
  },
  FORM_SHARED_NOT_BACK: {
    zh: '第{itemId}项：合并评分的项目“{target}”未指回本项（应为合并评分，主项目为第{itemId}项）',
    en: 'item {itemId}: the item “{target}” scored together with it does not point back (it should be shared with lead item {itemId})',
  },
  FORM_LEAD_MISSING: {
    zh: '第{itemId}项：合并评分的主项目“{target}”不存在',
    en: 'item {itemId}: the lead item “{target}” of its shared scoring does not exist',
  },
  FORM_LEAD_NOT_LISTING: {
    zh: '第{itemId}项：合并评分的主项目“{target}”不是扣分评分或未列出本项',
    en: 'item {itemId}: the lead item “{target}” is not scored by deduction or does not list this item',
  },
  FORM_BRACKET_RANGE: {
    zh: '第{itemId}项：区间“{bracket}”的范围 {from}, {to} 不在0%–100%之内或为空',
    en: 'item {itemId}: the bracket “{bracket}” spans {from}, {to}, which is empty or outside 0%–100%',
  },
  FORM_BRACKET_POINTS: {
    zh: '第{itemId}项：区间“{bracket}”的得分 {points} 超出 0–{itemMax}',
    en: 'item {itemId}: the bracket “{bracket}” scores {points}, outside 0–{itemMax}',
  },
  FORM_BRACKETS_MISS_ZERO: { zh: '第{itemId}项：比例区间没有覆盖0%', en: 'item {itemId}: no ratio bracket covers 0%' },
  FORM_BRACKETS_MISS_HUNDRED: { zh: '第{itemId}项：比例区间没有覆盖100%', en: 'item {itemId}: no ratio bracket covers 100%' },
  FORM_BRACKETS_OVERLAP: {
    zh: '第{itemId}项：区间“{first}”与“{second}”之间重叠（{firstTo} / {secondFrom}）',
    en: 'item {itemId}: the brackets “{first}” and “{second}” overlap ({firstTo} / {secondFrom})',
  },
  FORM_BRACKETS_GAP: {
    zh: '第{itemId}项：区间“{first}”与“{second}”之间有空档（{firstTo} / {secondFrom}）',
    en: 'item {itemId}: there is a gap between the brackets “{first}” and “{second}” ({firstTo} / {secondFrom})',
  },
  FORM_UNIT_RATIO_UNKNOWN_UNIT: {
    zh: '第{itemId}项：计扣单位“{unit}”无法识别（应为 {known}）',
    en: 'item {itemId}: the unit “{unit}” is not known (use {known})',
  },
  FORM_UNIT_TIER_POINTS: {
    zh: '第{itemId}项：档次“{tier}”的扣分 {points} 应在 0–{itemMax} 之间且大于0',
    en: 'item {itemId}: the tier “{tier}” deducts {points}; it must be above 0 and at most {itemMax}',
  },
  FORM_UNIT_TIER_RATIO: {
    zh: '第{itemId}项：档次“{tier}”的比例 {numerator}/{denominator} 大于1',
    en: 'item {itemId}: the tier “{tier}” has the ratio {numerator}/{denominator}, above 1',
  },
  FORM_UNIT_TIER_UNREACHABLE: {
    zh: '第{itemId}项：档次“{tier}”永远不会用到（按顺序比较，第{earlier}档“{earlierTier}”已包含它的情形）',
    en: 'item {itemId}: the tier “{tier}” is never used (tiers are compared in order and tier {earlier} “{earlierTier}” already covers it)',
  },
  FORM_PENALTY_POINTS: { zh: '倒扣分项“{id}”：每次扣分必须大于0', en: 'penalty “{id}”: each occurrence must deduct more than 0' },

  FORM_GROUP_SUM: {
    zh: '评估项目“{id} {title}”标注{declared}分，但其评估内容合计{sum}分',
    en: 'The group “{id} {title}” says {declared} points but its items add up to {sum}',
  },
  FORM_SECTION_SUM: {
    zh: '评估类别“{id} {title}”标注{declared}分，但其评估内容合计{sum}分',
    en: 'The section “{id} {title}” says {declared} points but its items add up to {sum}',
  },
  FORM_DECLARED_TOTAL: {
    zh: '评估表“{title}”声明总分{declared}分（{source}），但各评估内容合计{maximum}分（{maximum} ≠ {declared}）：按实际满分{maximum}分计分，不作折算',
    en: 'The form “{title}” declares a total of {declared} points ({source}) but its items add up to {maximum} ({maximum} ≠ {declared}): it is scored out of {maximum}, not rescaled',
  },
  FORM_PASS_MARK: { zh: '合格线{passMark}分不在 0–{maximum} 分之间', en: 'The pass mark {passMark} is not within 0–{maximum}' },

  FORM_FACT_UNKNOWN: {
    zh: '结果规则第{position}条（{ruleId}）读取的事实“{fact}”不在评估表的结果事实中',
    en: 'Outcome rule {position} ({ruleId}) reads the fact “{fact}”, which is not one of the form’s context facts',
  },
  FORM_FACT_UNUSED: { zh: '结果事实“{fact}”没有任何结果规则读取', en: 'No outcome rule reads the context fact “{fact}”' },
  FORM_FACT_RESERVED: {
    zh: '结果事实编号“{fact}”是系统保留的名称（{reserved}），请换一个',
    en: 'The context fact id “{fact}” is reserved by the app ({reserved}); choose another',
  },
  FORM_LABEL_MISSING: {
    zh: '结果规则第{position}条（{ruleId}）判定的结果“{category}”没有打印名称',
    en: 'Outcome rule {position} ({ruleId}) decides “{category}”, which has no printed label',
  },
  FORM_LABEL_UNUSED: {
    zh: '结果名称“{label}”（{category}）没有任何结果规则判定',
    en: 'No outcome rule decides “{category}”, labelled “{label}”',
  },
  FORM_SUMMARY_HEADING_UNUSED: {
    zh: '汇总表列标题“{heading}”（{category}）没有任何结果规则判定，汇总表不会有这一列',
    en: 'No outcome rule decides “{category}”, so the summary has no column for its heading “{heading}”',
  },
  FORM_LABEL_TWICE: {
    zh: '结果“{first}”和“{category}”的打印名称都是“{label}”，打印出来无法区分',
    en: 'The outcomes “{first}” and “{category}” are both labelled “{label}” and cannot be told apart when printed',
  },
  FORM_RULE_UNREACHABLE: {
    zh: '结果规则第{position}条（{ruleId}）永远不会生效：{cause}',
    en: 'Outcome rule {position} ({ruleId}) can never apply: {cause}',
  },
  FORM_UNREACHABLE_AFTER_ALWAYS: {
    zh: '第{earlier}条规则总是适用，其后的规则都用不到',
    en: 'rule {earlier} always applies, so no later rule is reached',
  },
  FORM_UNREACHABLE_SAME_CONDITION: {
    zh: '条件与第{earlier}条规则相同，总是由第{earlier}条先判定',
    en: 'it has the same condition as rule {earlier}, so rule {earlier} always decides first',
  },
  FORM_UNREACHABLE_NO_TRACKS: {
    zh: '其结果按备案年度区分，但评估表没有列出备案年度',
    en: 'its result depends on the filing year, but the form lists no filing years',
  },
  FORM_UNREACHABLE_NO_VETOES: {
    zh: '条件为“存在一票否决情形”，但评估表没有一票否决项',
    en: 'its condition is “a veto applies”, but the form has no vetoes',
  },
  FORM_NO_DEFAULT_RULE: {
    zh: '没有总是适用的结果规则：其他规则都不适用时，评估结果将为“暂无法判定”',
    en: 'No outcome rule always applies: when no other rule does, the outcome stays “undetermined”',
  },
  FORM_RECTIFICATION_ON_PASS: {
    zh: '结果规则第{position}条（{ruleId}）判定为“{category}”，却要求限期整改',
    en: 'Outcome rule {position} ({ruleId}) decides “{category}” yet orders rectification',
  },

  FORM_SAMPLING_UNKNOWN_ITEM: {
    zh: '抽样计划第{position}条（{rule}）列出的评估内容“{itemId}”不存在',
    en: 'Sampling entry {position} ({rule}) names the item “{itemId}”, which does not exist',
  },
  FORM_SAMPLING_ITEM_TWICE: {
    zh: '评估内容“{itemId}”同时列在抽样计划第{first}条（{firstRule}）和第{position}条（{rule}）中',
    en: 'The item “{itemId}” is in sampling entries {first} ({firstRule}) and {position} ({rule})',
  },
  FORM_SAMPLING_ITEM_REPEATED: {
    zh: '抽样计划第{position}条（{rule}）重复列出评估内容“{itemId}”',
    en: 'Sampling entry {position} ({rule}) names the item “{itemId}” twice',
  },
  FORM_SAMPLING_RULE_TWICE: {
    zh: '抽样规则“{rule}”在抽样计划中出现两次（第{first}条和第{position}条）',
    en: 'The sampling rule “{rule}” is in the sampling plan twice (entries {first} and {position})',
  },

  FORM_FINDING_UNKNOWN_ITEM: {
    zh: '自动发现“{finding}”指向的评估内容“{itemId}”不存在',
    en: 'The finding “{finding}” points to the item “{itemId}”, which does not exist',
  },
  FORM_FINDING_NOT_DEDUCTION: {
    zh: '自动发现“{finding}”指向的第{itemId}项不是扣分评分（只能指向扣分项的扣分规则）',
    en: 'The finding “{finding}” points to item {itemId}, which is not scored by deduction (it must name a deduction rule)',
  },
  FORM_FINDING_UNKNOWN_RULE: {
    zh: '自动发现“{finding}”指向的第{itemId}项没有扣分规则“{rule}”（可选：{known}）',
    en: 'The finding “{finding}” points to item {itemId}, which has no deduction rule “{rule}” (choices: {known})',
  },
  FORM_FINDING_UNKNOWN_VETO: {
    zh: '自动发现“{finding}”指向的一票否决项“{vetoId}”不存在',
    en: 'The finding “{finding}” points to the veto “{vetoId}”, which does not exist',
  },
  FORM_FINDING_TWICE: {
    zh: '自动发现“{finding}”出现两次（第{first}条和第{position}条）',
    en: 'The finding “{finding}” is listed twice (entries {first} and {position})',
  },

  FORM_COLUMN_TWICE: {
    zh: '打印列“{key}”出现两次（第{first}列和第{position}列）',
    en: 'The print column “{key}” appears twice (columns {first} and {position})',
  },
  FORM_COLUMN_GROUP_SPANS: {
    zh: '表头分组共跨{spans}列，但表格有{columns}列',
    en: 'The column groups span {spans} columns but the table has {columns}',
  },
  FORM_NO_INSPECTOR_COLUMN: {
    zh: '打印格式没有核查得分列（inspectorScore）',
    en: 'The print layout has no inspector score column (inspectorScore)',
  },
} satisfies ErrorTexts;
