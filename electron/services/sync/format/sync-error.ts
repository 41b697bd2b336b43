import { AppError } from '../../../../shared/errors';

/**
 * Every way a pack or bundle can be refused, with the plain-Chinese message shown to the user. The codes are part of
 * the file format's contract (docs/sync-format.md); callers and tests match on them.
 */
export const SYNC_ERRORS = {
  SYNC_TRUNCATED: '文件不完整（可能复制中断或U盘损坏），请重新导出后再试。',
  SYNC_NOT_A_BUNDLE: '这不是本软件导出的任务包或结果包文件。',
  SYNC_SCHEMA_MISSING: '文件缺少格式版本号，无法识别，已拒绝。',
  SYNC_SCHEMA_OLD: '文件由旧版本软件导出，格式已不再支持，请在对方电脑上升级软件后重新导出。',
  SYNC_SCHEMA_NEW: '文件由更新版本的软件导出，请先升级本软件。',
  SYNC_WRONG_KIND: '文件类型不对（任务包与结果包不能互换）。',
  SYNC_HEADER_INVALID: '文件头内容不合规，文件可能被篡改，已拒绝。',
  SYNC_WRONG_RECIPIENT: '此文件不是发给本机（或本单位）的，无法解密。',
  SYNC_DECRYPT_FAILED: '文件解密校验失败：文件被改动或已损坏，已拒绝，未写入任何数据。',
  SYNC_TOO_LARGE: '文件或其中的条目超出大小限制（可能是压缩炸弹），已拒绝。',
  SYNC_BAD_ENTRY_NAME: '文件中的条目名称不安全（含 ..、绝对路径或盘符），已拒绝。',
  SYNC_DUPLICATE_ENTRY: '文件中有重复的条目，已拒绝。',
  SYNC_ARCHIVE_INVALID: '文件内部结构损坏，已拒绝。',
  SYNC_SIGNATURE_MISSING: '文件缺少数字签名，已拒绝。',
  SYNC_SIGNATURE_INVALID: '数字签名无效：内容在签名后被改动或签名是伪造的，已拒绝。',
  SYNC_NOT_CANONICAL: '清单不是规范化 JSON(RFC 8785)，签名无法对应，已拒绝。',
  SYNC_MANIFEST_INVALID: '清单内容不合规，已拒绝。',
  SYNC_ENTRY_MISMATCH: '文件中的条目与签名清单不一致（缺失、多余或内容被改动），已拒绝。',
  SYNC_UNKNOWN_DEVICE: '发送此文件的设备未在本单位登记，已拒绝。',
  SYNC_CERT_UNTRUSTED: '签名证书不是本单位签发的或已过期，已拒绝。',
  SYNC_REVOKED: '发送此文件的设备证书已被吊销，已拒绝。',
  SYNC_FUTURE_TIMESTAMP: '文件中的时间晚于当前时间（电脑时钟可能不对），已拒绝。',
  SYNC_AUDIT_BROKEN: '随附的审计日志链校验失败（记录被删改或顺序被打乱），已拒绝。',
  SYNC_REFERENCE_UNKNOWN: '结果包引用了本单位数据库中不存在的机构或备案，已拒绝。',
  SYNC_ROLE_MISMATCH: '此数据库的角色不允许这项操作。',
  SYNC_NOT_SET_UP: '此数据库尚未完成设置。',
  SYNC_PACK_OLD: '这个任务包比本机已导入的任务包更旧，未做任何改动。',
  SYNC_PACK_CLASH: '任务包中的数据与本机已有数据冲突（编号相同但内容不同的机构），已拒绝。',
  SYNC_TEMPLATE_UNKNOWN: '任务包使用了本软件不认识的评估表版本，请先升级软件。',
  SYNC_WRONG_SECRET: '口令或 PIN 码不正确。',
  SYNC_WEAK_SECRET: '口令或 PIN 码太短。',
  SYNC_KEY_STORAGE: '无法安全保存签名密钥（不允许明文保存）。',
  SYNC_EXPORT_FAILED: '导出失败。',
} as const;

export type SyncErrorCode = keyof typeof SYNC_ERRORS;

/** An AppError with the code's standard message, optionally followed by a detail naming what exactly is wrong. */
export function syncError(code: SyncErrorCode, detail?: string): AppError {
  return new AppError(code, detail ? `${SYNC_ERRORS[code]}（${detail}）` : SYNC_ERRORS[code]);
}
