import type { ErrorTexts } from './types';

/**
 * Errors of the worker threads (electron/services/worker/): `worker` names which one ('pdf', 'import'), so a support
 * call can tell them apart; the sentence itself tells the user what to do.
 */
export const workerErrors = {
  WORKER_EXITED: {
    zh: '后台线程意外停止（{worker}，退出码 {exitCode}），这一步没有完成。请再试一次，软件会自动启动新的后台线程。',
    en: 'A background worker stopped unexpectedly ({worker}, exit code {exitCode}); this step did not finish. Please try again.',
  },
  WORKER_CRASHED: {
    zh: '后台线程出错后停止（{worker}：{reason}），这一步没有完成。请再试一次；如果仍然出错，请重新打开软件。',
    en: 'A background worker failed ({worker}: {reason}); this step did not finish. Please try again, or reopen the app if it keeps failing.',
  },
  WORKER_TIMEOUT: {
    zh: '后台线程 {seconds} 秒没有响应（{worker}），已停止并重新启动。请再试一次；如果每次都这样，请重新打开软件。',
    en: 'A background worker gave no answer for {seconds} s ({worker}) and was restarted. Please try again, or reopen the app if it recurs.',
  },
  PDF_RENDER_FAILED: {
    zh: '生成报告失败：{reason}。请检查这份记录的内容后重试；如果仍然失败，请把这段文字告诉技术支持。',
    en: 'The report could not be generated: {reason}. Check this record and try again; if it still fails, tell support.',
  },
  IMPORT_INTERNAL: {
    zh: '读取文件时发生内部错误：{reason}。请确认文件能在 Excel 中正常打开后重试；仍然出错时请告诉技术支持。',
    en: 'Internal error while reading the file: {reason}. Check that it opens in Excel and try again; if it still fails, tell support.',
  },
} satisfies ErrorTexts;
