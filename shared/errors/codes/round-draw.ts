import type { ErrorTexts } from './types';

/** The directories a round's draw is made from and verified against (双随机, issue 16). */
export const roundDrawErrors = {
  INSTITUTION_DIRECTORY_INVALID: {
    zh: '检查对象名录文件无效（共 {count} 处错误）',
    en: 'The institution directory file is invalid ({count} problems)',
  },
  EXPERT_DIRECTORY_INVALID: {
    zh: '检查人员名录文件无效（共 {count} 处错误）',
    en: 'The expert directory file is invalid ({count} problems)',
  },
  DIRECTORY_FORMAT: { zh: '名录格式须为 {format}', en: 'the directory format must be {format}' },
  DIRECTORY_DUPLICATE_FILING: { zh: '备案 #{id} 在名录中出现了不止一次', en: 'filing #{id} appears more than once in the directory' },
  DIRECTORY_DUPLICATE_BATCH: { zh: '批次 #{id} 在名录中出现了不止一次', en: 'batch #{id} appears more than once in the directory' },
  DIRECTORY_DUPLICATE_EXPERT: { zh: '专家编号 {code} 在名录中出现了不止一次', en: 'expert code {code} appears more than once in the directory' },
} satisfies ErrorTexts;
