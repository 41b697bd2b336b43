import type { ErrorTexts } from './types';

/** The office's review and device management, and the laptop's key protection (electron/services/sync). */
export const officeErrors = {
  OFFICE_RETURN_COMMENT_REQUIRED: {
    zh: '退回核查记录时必须填写退回意见，告诉核查人员要改什么。',
    en: 'A returned inspection needs a comment telling the inspector what to change.',
  },
  OFFICE_REVIEW_CONFLICT: {
    zh: '这条核查记录（#{importedId}）已由“{by}”于 {at} 复核为“{status}”，您看到的是此前的状态，本次决定未保存。请刷新审核列表，看过最新结果后再决定。',
    en: 'Imported inspection #{importedId} was reviewed as “{status}” by “{by}” at {at} after you loaded it; your decision was not saved. Refresh the review list and decide on what is there now.',
  },
  OFFICE_IMPORTED_FILE_NOT_FOUND: {
    zh: '找不到导入的文件 #{fileId}。请刷新审核列表后重试。',
    en: 'Imported file #{fileId} was not found. Refresh the review list and try again.',
  },
  OFFICE_EXPORT_FILE_NOT_FOUND: {
    zh: '找不到导出的文件“{file}”，它可能已被移动或删除。请重新导出汇总表。',
    en: 'The exported file “{file}” was not found; it may have been moved or deleted. Export the summary again.',
  },
  OFFICE_REVOKE_REASON_REQUIRED: {
    zh: '吊销设备证书时必须写明原因（例如：笔记本遗失）。',
    en: 'Revoking a laptop’s certificate needs a reason (for example: laptop lost).',
  },
  FIELD_KEY_PASSPHRASE_REQUIRED: {
    zh: '本机没有可用的系统密钥库，请设置一个本机口令来加密保存签名密钥（至少 {min} 个字符，不能全是数字）。',
    en: 'This computer has no usable system keychain: set a local passphrase to encrypt the signing key (at least {min} characters, not only digits).',
  },
  FIELD_KEY_PASSPHRASE_WEAK: {
    zh: '本机口令太弱：至少 {min} 个字符，且不能全是数字。请换一个更长的口令。',
    en: 'The local passphrase is too weak: it needs at least {min} characters and must not be only digits. Choose a longer one.',
  },
} satisfies ErrorTexts;
