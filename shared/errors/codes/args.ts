import type { ErrorTexts } from './types';

/**
 * A request's arguments that failed validation (INVALID_ARGS issues): first the kinds of zod issue, then the
 * sentences schemas in shared/ipc name in their message (see argIssuesOf / argMessage in ../arg-issues).
 */
export const argErrors = {
  ARG_REQUIRED: { zh: '必须填写', en: 'is required' },
  ARG_TEMPLATE_HASH: { zh: '应为64位十六进制的评估表哈希', en: 'must be a form hash of 64 hexadecimal digits' },
  ARG_ROUND_UID: { zh: '应为32位十六进制的评估轮次编号', en: 'must be a round id of 32 hexadecimal digits' },
  ARG_RECTIFICATION_UID: { zh: '应为32位十六进制的整改编号', en: 'must be a rectification id of 32 hexadecimal digits' },
  ARG_ASSIGNMENT_UID: { zh: '应为32位十六进制的任务编号', en: 'must be an assignment id of 32 hexadecimal digits' },
  ARG_INVALID_TYPE: { zh: '类型不对（应为 {expected}）', en: 'has the wrong type (expected {expected})' },
  ARG_TOO_SHORT: { zh: '至少 {minimum} 个字符', en: 'must have at least {minimum} characters' },
  ARG_TOO_LONG: { zh: '不能超过 {maximum} 个字符', en: 'must have at most {maximum} characters' },
  ARG_TOO_FEW: { zh: '至少 {minimum} 项', en: 'must have at least {minimum} items' },
  ARG_TOO_MANY: { zh: '最多 {maximum} 项', en: 'must have at most {maximum} items' },
  ARG_TOO_SMALL: { zh: '不能小于 {minimum}', en: 'must be at least {minimum}' },
  ARG_NOT_ABOVE: { zh: '应大于 {minimum}', en: 'must be greater than {minimum}' },
  ARG_TOO_BIG: { zh: '不能大于 {maximum}', en: 'must be at most {maximum}' },
  ARG_NOT_BELOW: { zh: '应小于 {maximum}', en: 'must be less than {maximum}' },
  ARG_INVALID_FORMAT: { zh: '格式不正确（{format}）', en: 'is not in the right format ({format})' },
  ARG_INVALID_VALUE: { zh: '应为 {values}', en: 'must be {values}' },
  ARG_UNKNOWN_KEYS: { zh: '有不认识的字段：{keys}', en: 'has unknown fields: {keys}' },
  ARG_NOT_MULTIPLE: { zh: '应为 {divisor} 的整数倍', en: 'must be a multiple of {divisor}' },
  ARG_INVALID: { zh: '无效', en: 'is invalid' },
  /** A reason a shared validator worded already (Chinese only until the validators move to codes). */
  ARG_TEXT: { zh: '{text}', en: '{text}' },

  ARG_DATE_FORMAT: { zh: '日期格式应为 YYYY-MM-DD', en: 'dates are written YYYY-MM-DD' },
  ARG_DATE_INVALID: { zh: '不是有效的日期', en: 'is not a valid date' },
  ARG_NAME_REQUIRED: { zh: '请填写姓名', en: 'please enter a name' },
  ARG_NAME_TOO_LONG: { zh: '姓名不能超过 {maximum} 个字符', en: 'a name has at most {maximum} characters' },
  ARG_ANSWER_TOO_LARGE: { zh: '答案不能超过 {maximum} 字符', en: 'an answer has at most {maximum} characters' },
  ARG_REPORT_FILE_NAME: { zh: '报告文件名无效', en: 'invalid report file name' },
  ARG_EXPORT_FILE_NAME: { zh: '文件名无效', en: 'invalid file name' },
  ARG_BACKUP_NAME: { zh: '备份文件名无效', en: 'invalid backup file name' },
  ARG_FILE_NAME_CHARS: { zh: '文件名不能包含路径或特殊字符', en: 'a file name cannot contain a path or special characters' },
  ARG_FILE_NAME_CONTROL: { zh: '文件名不能包含控制字符', en: 'a file name cannot contain control characters' },
  ARG_EVIDENCE_TOO_LARGE: { zh: '证据文件不能超过 {maxMb} MB', en: 'an evidence file can be at most {maxMb} MB' },
  ARG_PICKED_BUNDLE_TOO_LARGE: {
    zh: '选择的文件不能超过 {maxMb} MB，请改用“选择文件…”按钮',
    en: 'a dropped file can be at most {maxMb} MB; use the “Choose file…” button instead',
  },
  ARG_NOT_BASE64: { zh: '文件内容不是有效的 base64', en: 'the file content is not valid base64' },
  ARG_BUNDLE_PATH_OR_DATA: {
    zh: '请选择一个结果包文件（文件内容与文件路径二选一）',
    en: 'please choose one result bundle file (either its content or its path)',
  },
  ARG_DEVICE_KEY: {
    zh: '设备编号只能包含字母、数字、- 和 _（最多 64 位）',
    en: 'a device ID has only letters, digits, - and _ (at most 64)',
  },
  ARG_OFFICE_PASSPHRASE_REQUIRED: { zh: '请填写单位口令', en: 'please enter the office passphrase' },
  ARG_OFFICE_PASSPHRASE_SHORT: { zh: '单位口令至少 {minimum} 位', en: 'the office passphrase has at least {minimum} characters' },
  ARG_OFFICE_NAME_REQUIRED: { zh: '请填写单位名称', en: 'please enter the office’s name' },
  ARG_OFFICE_NAME_TOO_LONG: { zh: '单位名称不能超过 {maximum} 个字符', en: 'the office’s name has at most {maximum} characters' },
  ARG_INSPECTOR_NAME_REQUIRED: { zh: '请填写核查人员姓名', en: 'please enter the inspector’s name' },
  ARG_INSPECTOR_NAME_TOO_LONG: { zh: '核查人员姓名不能超过 {maximum} 个字符', en: 'the inspector’s name has at most {maximum} characters' },
  ARG_PIN_SHORT: { zh: 'PIN 码至少 {minimum} 位', en: 'the PIN has at least {minimum} characters' },
  ARG_DEVICE_LABEL_TOO_LONG: { zh: '设备名称不能超过 {maximum} 个字符', en: 'the device name has at most {maximum} characters' },
  ARG_REVOKE_REASON_REQUIRED: { zh: '请填写吊销原因', en: 'give the reason for revoking' },
  ARG_REVOKE_REASON_TOO_LONG: { zh: '吊销原因不能超过 {maximum} 个字符', en: 'the reason has at most {maximum} characters' },
  ARG_TOO_MANY_FILINGS: { zh: '一次最多分配 {maximum} 个备案', en: 'at most {maximum} filings can be assigned at once' },
  ARG_CONFIRMATION: { zh: '请输入“{expected}”以确认', en: 'type “{expected}” to confirm' },
  ARG_SIGNATURE_NOT_PNG: { zh: '签名图像应为 PNG', en: 'the signature image must be a PNG' },
  ARG_REVISION_REASON_REQUIRED: { zh: '请填写修订原因', en: 'please give the reason for the revision' },
  ARG_SIGNING_PASSPHRASE_SHORT: {
    zh: '签名密钥口令至少需要 {minimum} 个字符',
    en: 'the signing key passphrase needs at least {minimum} characters',
  },
} satisfies ErrorTexts;
