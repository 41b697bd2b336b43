import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import type { AppInfo } from '../../../shared/ipc/channels/app';
import type { institutionListArgs, InstitutionListRow } from '../../../shared/ipc/channels/institutions';
import {
  channelNames,
  contract,
  readChannelNames,
  serverChannelNames,
  type ArgsOf,
  type Channel,
  type ReadChannel,
  type ResultOf,
} from '../../../shared/ipc/contract';
import { channel, type ChannelTable } from '../../../shared/ipc/define';

// Checked by the type-check (npm run typecheck covers test/), the runtime assertions by vitest.
describe('the contract’s types', () => {
  it('stay exact: channel names, argument and result types do not widen', () => {
    expectTypeOf<string>().not.toExtend<Channel>();
    expectTypeOf<'app:info'>().toExtend<Channel>();
    expectTypeOf<ArgsOf<'institutions:list'>>().toEqualTypeOf<z.input<typeof institutionListArgs>>();
    expectTypeOf<ResultOf<'institutions:list'>>().toEqualTypeOf<InstitutionListRow[]>();
    expectTypeOf<ResultOf<'app:info'>>().toEqualTypeOf<AppInfo>();
  });

  it('know each channel’s mark: ReadChannel holds the .reads channels only', () => {
    expectTypeOf<'institutions:get'>().toExtend<ReadChannel>();
    expectTypeOf<'app:startFresh'>().not.toExtend<ReadChannel>();
    expectTypeOf<(typeof contract)['settings:setInspectorName']['access']>().toEqualTypeOf<'write'>();
    expect(readChannelNames).toContain('institutions:get');
    expect(readChannelNames).not.toContain('app:startFresh');
  });

  it('mark the channels that contact a server: 测试连接 only', () => {
    expect(serverChannelNames).toEqual(['officeStore:test']);
    expect(contract['institutions:get']).not.toHaveProperty('contactsServer');
  });

  it('a channel without a read/write mark is no ChannelDef, so a feature table holding one does not type-check', () => {
    const unmarked = channel(z.object({}).strict(), '未标记的通道');
    // @ts-expect-error neither .reads<R>() nor .writes<R>() was called
    const table: ChannelTable = { 'test:unmarked': unmarked };
    expect(table['test:unmarked']).not.toHaveProperty('access');
  });

  it('every channel of the real contract is marked read or write', () => {
    const marks = channelNames.map((name) => contract[name].access);
    expect(marks.filter((mark) => mark !== 'read' && mark !== 'write')).toEqual([]);
  });
});
