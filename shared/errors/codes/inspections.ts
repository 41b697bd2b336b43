import type { ErrorTexts } from './types';

/** Institutions, inspections and what belongs to them: answers, findings, evidence, signatures, revisions. */
export const inspectionErrors = {
  NOT_FOUND_INSTITUTION: { zh: '找不到评价机构 #{id}。', en: 'Institution #{id} was not found.' },
  NOT_FOUND_FILING: { zh: '找不到备案记录 #{id}。', en: 'Filing #{id} was not found.' },
  NOT_FOUND_INSTITUTION_OR_FILING: {
    zh: '找不到评价机构或备案记录（机构 {institutionId}，备案 {filingId}）',
    en: 'The institution or filing was not found (institution {institutionId}, filing {filingId})',
  },
  NOT_FOUND_FILING_OF_INSTITUTION: {
    zh: '评价机构 #{institutionId} 没有备案记录 #{filingId}，无法创建核查。',
    en: 'Institution #{institutionId} has no filing #{filingId}; the inspection cannot be created.',
  },
  NOT_FOUND_INSPECTION: { zh: '找不到核查记录 #{id}。', en: 'Inspection #{id} was not found.' },
  NOT_FOUND_FINDING: { zh: '找不到问题记录 #{id}。', en: 'Finding #{id} was not found.' },
  NOT_FOUND_EVIDENCE: { zh: '找不到证据材料 #{id}。', en: 'Evidence #{id} was not found.' },
  NOT_FOUND_SIGNATURE: { zh: '找不到签名 #{id}。', en: 'Signature #{id} was not found.' },
  INSPECTION_LOCKED: {
    zh: '核查记录 #{id} 已{status}，不能再修改；如需更正，请创建修订版本并说明原因。',
    en: 'Inspection #{id} is {status} and can no longer be changed; to correct it, create a revision and give the reason.',
  },
  INVALID_STATUS: { zh: '{reason}', en: '{reason}' },
  INSPECTION_REASON_STATUS_BACKWARDS: {
    zh: '核查记录 #{id} 当前状态为“{from}”，不能改为“{to}”（状态只能前进）。',
    en: 'Inspection #{id} is “{from}” and cannot become “{to}” (the status only moves forward).',
  },
  INSPECTION_REASON_STILL_DRAFT: {
    zh: '核查记录 #{id} 仍是草稿，可直接修改，无需创建修订版本。',
    en: 'Inspection #{id} is still a draft and can be changed directly; no revision is needed.',
  },
  ANSWER_TOO_LARGE: {
    zh: '评估项 {itemId} 的答案过大（{length} 字符，上限 {maximum}）。',
    en: 'The answer to item {itemId} is too large ({length} characters, at most {maximum}).',
  },
  UNKNOWN_ITEM: { zh: '评估表“{template}”中没有评估项 {key}。', en: 'The form “{template}” has no item {key}.' },
  INVALID_ANSWER: { zh: '{reason}', en: '{reason}' },
  ANSWER_REASON_SHAPE: { zh: '评估项 {key} 的答案无效：{field}{issue}', en: 'The answer to item {key} is invalid: {field}{issue}' },
  FINDING_HAS_EVIDENCE: {
    zh: '问题记录 #{id} 关联了 {count} 份证据材料，不能删除。',
    en: 'Finding #{id} has {count} evidence files linked to it and cannot be deleted.',
  },
  INVALID_PATH: {
    zh: '证据文件路径必须位于数据目录内（相对路径）：{path}',
    en: 'An evidence file’s path must be inside the data folder (a relative path): {path}',
  },
  EVIDENCE_EMPTY: { zh: '文件“{file}”是空的。', en: 'The file “{file}” is empty.' },
  EVIDENCE_TYPE: {
    zh: '文件“{file}”的内容与类型不符，请选择照片（JPG/PNG）或 PDF 扫描件。',
    en: 'The content of “{file}” does not match its type. Choose a photo (JPG/PNG) or a scanned PDF.',
  },
  EVIDENCE_REASON_ITEM_REQUIRED: { zh: '关联问题时必须指明评估项。', en: 'evidence linked to a finding must name its item' },
  EVIDENCE_MISSING: { zh: '证据文件已不在数据目录中：{path}', en: 'The evidence file is no longer in the data folder: {path}' },
  SIGNATURE_NOT_PNG: {
    zh: '“{signer}”的签名图像不是有效的 PNG 图片，请重新签名。',
    en: 'The signature image of “{signer}” is not a valid PNG; please sign again.',
  },
  SIGNATURES_MISSING: {
    zh: '还缺少签名：{names}。签名齐全后才能锁定。',
    en: 'Signatures are still missing: {names}. It can be locked once everyone has signed.',
  },
  SCORING_INCOMPLETE: { zh: '还有 {count} 个未评分的项目：{items}。', en: '{count} items are not scored yet: {items}.' },
  PROFILE_LOCKED: {
    zh: '外业笔记本的评估人员由单位任务包指定，不能在此修改。',
    en: 'On a field laptop the inspector is set by the office’s task pack and cannot be changed here.',
  },
  COMMENT_REQUIRED: { zh: '退回核查记录时必须填写退回意见。', en: 'Returning an inspection needs a comment.' },
  WEAK_PASSPHRASE: { zh: '签名密钥口令至少需要 {minimum} 个字符', en: 'The signing key passphrase needs at least {minimum} characters' },
  WRONG_PASSPHRASE: { zh: '签名密钥口令不正确', en: 'The signing key passphrase is not correct' },

  TERM_STATUS_SHORT_SIGNED: { zh: '签名', en: 'signed' },
  TERM_STATUS_SHORT_LOCKED: { zh: '锁定', en: 'locked' },
  TERM_STATUS_SHORT_EXPORTED: { zh: '导出', en: 'exported' },
  TERM_STATUS_SHORT_DRAFT: { zh: '草稿', en: 'a draft' },
  TERM_STATUS_DRAFT: { zh: '草稿', en: 'draft' },
  TERM_STATUS_SIGNED: { zh: '已签名', en: 'signed' },
  TERM_STATUS_LOCKED: { zh: '已锁定', en: 'locked' },
  TERM_STATUS_EXPORTED: { zh: '已导出', en: 'exported' },
} satisfies ErrorTexts;
