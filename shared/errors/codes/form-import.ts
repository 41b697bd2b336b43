import type { ErrorTexts } from './types';

/** The office window's 评估表 card (templates:import). */
export const formImportErrors = {
  FORM_VERSION_TAKEN: {
    zh: '已有评估表 {id} 版本 {version}，内容不同；修改后的评估表请使用新的版本号',
    en: 'Form {id} version {version} is already held with other content; give a changed form a new version',
  },
} satisfies ErrorTexts;
