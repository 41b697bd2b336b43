import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OfficeStoreChoice } from '../../../shared/ipc/channels/office-store';
import { draftOf, portOf, serverForm } from '../../../renderer/src/features/settings/office-store/draft';
import { failureText } from '../../../renderer/src/features/settings/office-store/failureText';
import { OfficeStoreCard } from '../../../renderer/src/features/settings/office-store/OfficeStoreCard';
import { ConnectionReport } from '../../../renderer/src/features/settings/office-store/Outcome';
import { initI18n } from '../../../renderer/src/i18n';

// 设置 → 本单位数据库 (issue 17): the form's own checks, how refused fields are named, and what 测试连接 reports.
const local: OfficeStoreChoice = { engine: 'sqlite', server: null, passwordSaved: false, keychainAvailable: true, runningEngine: 'sqlite' };

beforeAll(() => {
  initI18n('zh-CN');
});
afterEach(async () => {
  await i18next.changeLanguage('zh-CN');
});

describe('the office-store form', () => {
  it('takes a port from 1 to 65535 as digits only', () => {
    expect(portOf('5432')).toBe(5432);
    expect(portOf(' 65535 ')).toBe(65535);
    for (const bad of ['', '0', '65536', '54a', '-1', '5432.0', '1e3']) expect(portOf(bad), bad).toBeNull();
  });

  it('starts from the saved server, or port 5432 when none is saved; an unset SSL mode is not sent', () => {
    expect(draftOf(local)).toEqual({ engine: 'sqlite', host: '', port: '5432', database: '', user: '', sslmode: '' });
    const saved = { ...local, engine: 'postgres' as const, server: { host: 'db', port: 6432, database: 'si', user: 'clerk', sslmode: 'require' } };
    const draft = draftOf(saved);
    expect(draft).toEqual({ engine: 'postgres', host: 'db', port: '6432', database: 'si', user: 'clerk', sslmode: 'require' });
    expect(serverForm(draft, 6432, 'pw')).toEqual({ host: 'db', port: 6432, database: 'si', user: 'clerk', password: 'pw', sslmode: 'require' });
    expect(serverForm({ ...draft, sslmode: '' }, 6432, '')).not.toHaveProperty('sslmode');
  });

  it('names each field the contract refused by its label, in both languages', async () => {
    const failure = {
      action: 'test' as const,
      message: '请求参数无效（officeStore:test）',
      issues: [
        { path: ['host'], code: 'ARG_HOST' },
        { path: ['user'], code: 'ARG_REQUIRED' },
      ],
    };
    expect(failureText(failure, i18next.t)).toBe('请改正：服务器：服务器地址应为主机名或 IP 地址（字母、数字、. - :）；用户名：必须填写。');
    await i18next.changeLanguage('en');
    expect(failureText(failure, i18next.t)).toBe(
      'Please correct: Server: a server is a host name or IP address (letters, digits, . - :); User name: is required.',
    );
  });

  it('words any other refusal after what was being done', () => {
    expect(failureText({ action: 'save', message: '目标数据库已有数据', issues: [] }, i18next.t)).toBe('未能保存：目标数据库已有数据');
    expect(failureText({ action: 'test', message: '无法连接', issues: [] }, i18next.t)).toBe('测试连接失败：无法连接');
  });

  it('reports what the database holds in plain words', () => {
    const html = (contents: Parameters<typeof ConnectionReport>[0]['result']['contents']) =>
      renderToStaticMarkup(createElement(ConnectionReport, { result: { serverVersion: '16.4', contents } }));
    expect(html({ kind: 'empty' })).toContain('空数据库：保存时将创建本程序的表。');
    expect(html({ kind: 'ours', version: 30, latest: 30 })).toContain('本程序的数据库（结构版本 30），可以使用。');
    expect(html({ kind: 'ours', version: 29, latest: 30 })).toContain('启动时将升级到版本 30');
    expect(html({ kind: 'newer', version: 31, latest: 30 })).toContain('由更新版本的程序创建');
    const foreign = html({ kind: 'foreign', tables: ['customers', 'orders'] });
    expect(foreign).toContain('customers、orders');
    expect(foreign).toContain('不能使用');
    expect(foreign).toContain('notice-warn');
    expect(html({ kind: 'empty' })).toContain('连接成功：PostgreSQL 16.4。');
  });

  it('is not there on a field laptop, in the demo or before a role is chosen', () => {
    for (const role of ['field', 'demo', 'unset'] as const) expect(renderToStaticMarkup(createElement(OfficeStoreCard, { role }))).toBe('');
    expect(renderToStaticMarkup(createElement(OfficeStoreCard, { role: 'office' }))).toContain('本单位数据库');
  });
});
