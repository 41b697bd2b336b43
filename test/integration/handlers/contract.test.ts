import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { channelNames, contract, eventNames } from '../../../shared/ipc/contract';
import { createApi, decodeApiNames } from '../../../shared/ipc/api';
import { mainWindowOptions } from '../../../electron/main/window-options';
import { handlers } from '../../../electron/handlers';
import { dispatch } from '../../../electron/handlers/dispatch';
import { makeTestContext, type TestContext } from '../../support/context';
import { mergeTables } from '../../../shared/ipc/merge-tables';
import { appChannels } from '../../../shared/ipc/channels/app';
import { calendarChannels } from '../../../shared/ipc/channels/calendar';
import { evidenceChannels } from '../../../shared/ipc/channels/evidence';
import { filesChannels } from '../../../shared/ipc/channels/files';
import { filingHistoryChannels } from '../../../shared/ipc/channels/filing-history';
import { rectificationChannels } from '../../../shared/ipc/channels/rectifications';
import { roundChannels } from '../../../shared/ipc/channels/rounds';
import { expertChannels } from '../../../shared/ipc/channels/experts';
import { roundPlanChannels } from '../../../shared/ipc/channels/round-plans';
import { importExportChannels } from '../../../shared/ipc/channels/import-export';
import { inspectionChannels } from '../../../shared/ipc/channels/inspections';
import { institutionChannels } from '../../../shared/ipc/channels/institutions';
import { reportFileChannels } from '../../../shared/ipc/channels/report-files';
import { reportChannels } from '../../../shared/ipc/channels/reports';
import { samplingChannels } from '../../../shared/ipc/channels/sampling';
import { settingsChannels } from '../../../shared/ipc/channels/settings';
import { signingChannels } from '../../../shared/ipc/channels/signing';
import { officeStoreChannels } from '../../../shared/ipc/channels/office-store';
import { syncChannels } from '../../../shared/ipc/channels/sync';
import { templateImportChannels } from '../../../shared/ipc/channels/template-import';
import { templateChannels } from '../../../shared/ipc/channels/templates';
import { appHandlers } from '../../../electron/handlers/app';
import { settingsHandlers } from '../../../electron/handlers/settings';

const featureTables = [
  appChannels,
  evidenceChannels,
  filesChannels,
  importExportChannels,
  inspectionChannels,
  institutionChannels,
  reportFileChannels,
  reportChannels,
  samplingChannels,
  settingsChannels,
  signingChannels,
  syncChannels,
  templateChannels,
  templateImportChannels,
  calendarChannels,
  roundChannels,
  rectificationChannels,
  filingHistoryChannels,
  expertChannels,
  roundPlanChannels,
  officeStoreChannels,
];
import { errorInfoText } from '../../../shared/errors';

let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
});
afterEach(() => ctx.cleanup());

describe('IPC contract', () => {
  it('every contract channel has a handler and a zod validator, and no handler is outside the contract', () => {
    expect(channelNames.length).toBeGreaterThan(0);
    for (const name of channelNames) {
      expect(typeof handlers[name], name).toBe('function');
      expect(contract[name].args, name).toBeInstanceOf(z.ZodType);
      expect(contract[name].summary.length, name).toBeGreaterThan(0);
    }
    expect(Object.keys(handlers).sort()).toEqual([...channelNames].sort());
  });

  it('no channel is defined twice: the feature files together hold exactly the contract’s channels', () => {
    const defined = featureTables.flatMap((table) => Object.keys(table));
    expect(defined.filter((name, index) => defined.indexOf(name) !== index)).toEqual([]);
    expect(defined.sort()).toEqual([...channelNames].sort());
  });

  it('a channel defined in two feature files, or handled twice, stops the table from being built, naming both', () => {
    const twice = { ...settingsChannels, 'app:info': appChannels['app:info'] };
    expect(() => mergeTables('IPC contract', { app: appChannels, settings: twice })).toThrow(
      'IPC contract: "app:info" is defined twice, in app and in settings',
    );
    const handledTwice = { ...settingsHandlers, 'app:info': appHandlers['app:info'] };
    expect(() => mergeTables('IPC handler table', { app: appHandlers, settings: handledTwice })).toThrow(
      '"app:info" is defined twice, in app and in settings',
    );
  });

  it('createApi exposes exactly the contract channels', () => {
    // The preload receives the names through the window's additionalArguments.
    const argv = mainWindowOptions('/p.cjs').webPreferences?.additionalArguments ?? [];
    const names = decodeApiNames(['electron', ...argv]);
    expect(names).toEqual({ channels: [...channelNames], events: [...eventNames] });
    const api = createApi({ invoke: async () => ({ ok: true, value: null }), subscribe: () => () => {} }, names);
    expect(Object.keys(api.invoke).sort()).toEqual([...channelNames].sort());
    expect(Object.isFrozen(api)).toBe(true);
  });
});

describe('dispatch', () => {
  it('answers app:info from the real database', async () => {
    const result = await dispatch(ctx, 'app:info', {});
    expect(result).toMatchObject({ ok: true, value: { name: '技能评价现场核查', demo: false } });
  });

  it('rejects an unknown channel without throwing', async () => {
    expect(await dispatch(ctx, 'fs:readFile', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
  });

  it.each([
    ['institutions:list', { query: 42 }, 'query'],
    ['institutions:list', { unexpected: true }, 'unexpected'],
    ['app:openExternal', {}, 'url'],
    ['app:info', null, '参数'],
  ])('rejects a bad payload on %s with a message naming the field', async (channel, args, field) => {
    const result = await dispatch(ctx, channel, args);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_ARGS');
      expect(errorInfoText(result.error)).toContain(field);
    }
  });

  it('turns an unexpected handler failure into an INTERNAL error instead of a crash', async () => {
    const broken = {
      ...handlers,
      'app:info': () => {
        throw new Error('disk on fire');
      },
    };
    const result = await dispatch(ctx, 'app:info', {}, broken);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('opens only allowlisted external links', async () => {
    expect(await dispatch(ctx, 'app:openExternal', { url: 'https://www.mohrss.gov.cn/' })).toMatchObject({ ok: true, value: { opened: true } });
    expect(await dispatch(ctx, 'app:openExternal', { url: 'http://www.mohrss.gov.cn/' })).toMatchObject({ ok: true, value: { opened: false } });
    expect(await dispatch(ctx, 'app:openExternal', { url: 'https://evil.example/' })).toMatchObject({ ok: true, value: { opened: false } });
    expect(ctx.opened).toEqual(['https://www.mohrss.gov.cn/']);
  });
});
