import { describe, expect, it } from 'vitest';
import { syncError } from '../../../electron/services/sync/format/sync-error';
import { errorInfoText } from '../../../shared/errors';

describe('sync errors from the registry', () => {
  it('keep the Chinese sentence and its bracketed reason, and say both in English from the same params', () => {
    const error = syncError('SYNC_SCHEMA_OLD', { reason: 'SYNC_REASON_VERSIONS', fileVersion: 1, appVersion: 2 });
    expect(error.message).toBe('文件由旧版本软件导出，格式已不再支持，请在对方电脑上升级软件后重新导出。（文件版本 1，本软件版本 2）');
    expect(error.toInfo()).toMatchObject({ code: 'SYNC_SCHEMA_OLD', params: { reason: 'SYNC_REASON_VERSIONS', fileVersion: 1, appVersion: 2 } });
    expect(errorInfoText(error.toWire(), 'en')).toBe(
      'The file was exported by an older version of the app whose format is no longer supported. Update the app on the other computer and export again. (file version 1, this app’s version 2)',
    );
  });

  it('shows a language-neutral detail as it is', () => {
    expect(errorInfoText(syncError('SYNC_DUPLICATE_ENTRY', { detail: 'manifest.json' }).toWire(), 'en')).toBe(
      'The file has a duplicate entry; it was refused. (manifest.json)',
    );
  });
});
