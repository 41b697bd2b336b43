import type { ErrorTexts } from './types';

/** Publishing a round (一公开, issue 16): the draw notice and the results notice. */
export const roundPublishErrors = {
  ROUND_PUBLISH_NO_OFFICE: {
    zh: '尚未设置本单位（发布单位），不能发布公示；请先完成单位设置（office init）',
    en: 'The office is not set up, so there is no issuer for the notice; set up the office first (office init)',
  },
  ROUND_PUBLISH_REASON_EXTENSION: { zh: '公示文件应以 .{format} 结尾：{path}', en: 'The notice file must end in .{format}: {path}' },
} satisfies ErrorTexts;
