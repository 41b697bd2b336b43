import type { ErrorTexts } from './types';

/** Errors any channel or command can give. */
export const generalErrors = {
  INTERNAL: {
    zh: '发生了意外错误（编号 {errorId}）。请重试；如果仍然出错，请把这个编号告诉技术支持。',
    en: 'An unexpected error occurred (reference {errorId}). Please try again; if it keeps happening, give this reference to support.',
  },
  UNREACHABLE: {
    zh: '无法连接到程序的后台（{reason}）。请关闭并重新打开软件。',
    en: 'The app’s background process cannot be reached ({reason}). Please close and reopen the app.',
  },
  FORBIDDEN_SENDER: { zh: '请求来源不受信任，已拒绝。', en: 'The request came from an untrusted source and was refused.' },
  UNKNOWN_CHANNEL: { zh: '未知的请求通道：{channel}', en: 'Unknown request channel: {channel}' },
  INVALID_ARGS: { zh: '请求参数无效（{channel}）', en: 'Invalid request ({channel})' },
  /** `reason` names what is missing, e.g. { reason: 'NOT_FOUND_INSPECTION', id: 3 } (codes in the owning area). */
  NOT_FOUND: { zh: '{reason}', en: '{reason}' },
} satisfies ErrorTexts;
