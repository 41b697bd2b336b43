import type { ErrorTexts } from './types';

/** The form store: every form version the office has known, immutable by hash (issue 14). */
export const formStoreErrors = {
  TEMPLATE_VERSION_TAKEN: {
    zh: '评估表 {id} 的版本 {version} 已发布，内容不同；修改后的评估表须使用新的版本号',
    en: 'Version {version} of the form {id} is already published with other content; a changed form needs a new version number',
  },
  TEMPLATE_REFUSED: {
    zh: '评估表 {id} 版本 {version} 有 {count} 处错误，未导入：{problems}',
    en: 'The form {id} version {version} has {count} errors and was not imported: {problems}',
  },
  TEMPLATE_HASH_UNKNOWN: { zh: '本机没有哈希为 {hash} 的评估表版本', en: 'No form version with the hash {hash} is stored here' },
  TEMPLATE_STORE_TAMPERED: {
    zh: '本机存储的评估表版本 {hash} 内容与其哈希不符（{reason}），已拒绝使用',
    en: 'The stored form version {hash} does not match its hash ({reason}) and was refused',
  },
  TEMPLATE_RECEIVED_HASH_MISMATCH: {
    zh: '收到的评估表版本 {hash} 内容的哈希为 {actual}，与发送方签名的不符，未保存',
    en: 'The received form version {hash} hashes to {actual}, not what its sender signed; it was not stored',
  },
  TEMPLATE_REASON_HASH_MISMATCH: { zh: '内容的哈希为 {actual}', en: 'its content hashes to {actual}' },
  TEMPLATE_REASON_UNREADABLE: { zh: '内容无法解析：{detail}', en: 'its content cannot be read: {detail}' },
  TEMPLATE_PIN_MISMATCH: {
    zh: '评估表版本 {hash} 不是评估表 {id} 的版本',
    en: 'The form version {hash} is not a version of the form {id}',
  },
} satisfies ErrorTexts;
