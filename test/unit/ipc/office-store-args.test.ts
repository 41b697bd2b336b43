import { describe, expect, it } from 'vitest';
import { officeStoreChannels } from '../../../shared/ipc/channels/office-store';
import { postgresUrl } from '../../../electron/services/office-store/settings';

const testArgs = officeStoreChannels['officeStore:test'].args;
const form = { host: 'db.office.example', port: 5432, database: 'skill_inspector', user: 'office', password: 'p@ss:/#' };

describe('officeStore:test arguments: only what a connection URL can carry reaches the connection', () => {
  it.each(['db.office.example', 'localhost', '10.0.0.7', '::1', '[fe80::1]', 'pg-1.city_office.lan'])('accepts the host %s', (host) => {
    const parsed = testArgs.safeParse({ ...form, host });
    expect(parsed.success).toBe(true);
    // and the URL it becomes is one pg can parse
    if (parsed.success) expect(() => new URL(postgresUrl(parsed.data, parsed.data.password))).not.toThrow();
  });

  it.each(['db office', 'a/b', 'user@host', 'host?x=1', '数据库服务器', '-leading', 'host:5432x#'])('refuses the host %s with ARG_HOST', (host) => {
    const parsed = testArgs.safeParse({ ...form, host });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues.map((issue) => issue.message)).toContain('ARG_HOST');
  });

  it.each(['password', 'user', 'database'] as const)('refuses a lone surrogate in the %s (it cannot be percent-encoded)', (field) => {
    const parsed = testArgs.safeParse({ ...form, [field]: `ab\ud800c` });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues.map((issue) => issue.message)).toContain('ARG_BROKEN_TEXT');
  });

  it('keeps Chinese and paired surrogates in a password (they encode)', () => {
    const parsed = testArgs.safeParse({ ...form, password: '办公室😀' });
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(postgresUrl(parsed.data, parsed.data.password)).toContain(encodeURIComponent('办公室😀'));
  });
});
