import { existsSync, readdirSync } from 'node:fs';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandModules } from '../../../electron/cli/commands';
import { errorText } from '../../../shared/errors';
import { runCliCaptured } from '../../support/cli';
import { makeTempDir } from '../../support/temp';

// A mistyped --db must not become a new, empty database: only the commands that create one may be given a new path.
let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

const secrets = ['--passphrase', 'office-passphrase'];
const pin = ['--pin', '246810'];

/** Each command that takes --db and must refuse a missing file, with otherwise valid options (so the database is what fails). */
function refusingCommands(db: string, out: (name: string) => string): Record<string, string[]> {
  return {
    'db check': ['db', 'check', '--db', db],
    'db backup': ['db', 'backup', '--db', db, '--out', out('backup.sqlite')],
    import: ['import', 'institutions', 'test/fixtures/import/institutions-gbk.csv', '--db', db],
    'institutions list': ['institutions', 'list', '--db', db],
    'inspections list': ['inspections', 'list', '--db', db],
    'audit verify': ['audit', 'verify', '--db', db],
    'export institutions': ['export', 'institutions', '--db', db, '--out', out('i.xlsx')],
    'export statistics': ['export', 'statistics', '--db', db, '--filing', '1', '--out', out('s.xlsx')],
    report: ['report', '--db', db, '--kind', 'sheet', '--inspection', '1', '--out', out('r.pdf')],
    'office enroll': ['office', 'enroll', '--db', db, '--inspector', '张三', '--device', 'laptop-01', '--out', out('a.p12'), ...secrets, ...pin],
    'office revoke': ['office', 'revoke', '--db', db, '--device', 'laptop-01', '--reason', '设备丢失'],
    'office reset-sequence': ['office', 'reset-sequence', '--db', db, '--device', 'laptop-01', '--reason', '更换硬盘'],
    'summary export': ['summary', 'export', '--db', db, '--out', out('s.xlsx')],
    'pack export': ['pack', 'export', '--db', db, '--device', 'laptop-01', '--out', out('p.skp'), ...secrets],
    'pack import': ['pack', 'import', '--db', db, '--file', out('p.skp'), ...pin],
    'bundle export': ['bundle', 'export', '--db', db, '--out', out('b.skb'), ...pin],
    'bundle verify': ['bundle', 'verify', out('b.skb'), '--db', db, ...secrets],
    'bundle import': ['bundle', 'import', out('b.skb'), '--db', db, ...secrets],
    'templates import': ['templates', 'import', 'test/fixtures/forms/shanxi-renewal-2023.v2023.2.json', '--db', db],
    'templates list': ['templates', 'list', '--db', db],
    'calendar import': ['calendar', 'import', 'test/fixtures/calendar/test-2027.json', '--db', db],
    'calendar list': ['calendar', 'list', '--db', db],
    'rectifications list': ['rectifications', 'list', '--db', db],
    'rectifications decide': [
      'rectifications',
      'decide',
      'a'.repeat(32),
      '--db',
      db,
      '--decision',
      'renew',
      '--reason',
      '已整改',
      '--on',
      '2023-11-10',
    ],
    'rounds open': ['rounds', 'open', '--db', db, '--name', '2026年度延续备案评估', '--year', '2026'],
    'rounds list': ['rounds', 'list', '--db', db],
    'experts import': ['experts', 'import', 'test/fixtures/import/experts.xlsx', '--db', db],
    'experts list': ['experts', 'list', '--db', db],
    'round create': [
      'round',
      'create',
      '--db',
      db,
      '--name',
      '2026年度延续备案评估',
      '--year',
      '2026',
      '--rules',
      'test/fixtures/rounds/rules-2026.json',
    ],
    'round rules': ['round', 'rules', '--db', db, '--round', 'a'.repeat(32), '--rules', 'test/fixtures/rounds/rules-2026.json'],
    'round draw': ['round', 'draw', '--db', db, '--round', 'a'.repeat(32)],
    'round verify': ['round', 'verify', '--db', db, '--round', 'a'.repeat(32)],
    'round show': ['round', 'show', '--db', db, '--round', 'a'.repeat(32)],
    'round export-record': ['round', 'export-record', '--db', db, '--round', 'a'.repeat(32), '--out', out('record')],
    'round publish': ['round', 'publish', '--db', db, '--round', 'a'.repeat(32), '--kind', 'draw', '--format', 'pdf', '--out', out('n.pdf')],
  };
}
const creatingCommands = ['db migrate', 'office init', 'demo'];

/** Every command (by its full name, e.g. "db check") that has a --db option, read from the program itself. */
function commandsTakingDb(): string[] {
  const program = new Command('skill-inspector');
  for (const register of commandModules) register(program, { out: () => {}, err: () => {} });
  const names: string[] = [];
  const walk = (command: Command, prefix: string[]) => {
    for (const sub of command.commands) {
      const path = [...prefix, sub.name()];
      if (sub.options.some((option) => option.long === '--db')) names.push(path.join(' '));
      walk(sub, path);
    }
  };
  walk(program, []);
  return names.sort();
}

describe('a --db path where no file is', () => {
  it('every command that takes --db is either refusing or creating (a new command must be added to this table)', () => {
    const listed = [...Object.keys(refusingCommands('x', (name) => name)), ...creatingCommands].sort();
    expect(listed).toEqual(commandsTakingDb());
  });

  for (const name of Object.keys(refusingCommands('x', (n) => n))) {
    it(`${name}: exit 2, DB_FILE_MISSING with the path, and no file created`, async () => {
      const folder = temp.file('nowhere');
      const db = `${folder}-typo.sqlite`;
      const argv = refusingCommands(db, (file) => `${folder}-${file}`)[name] ?? [];
      const result = await runCliCaptured(argv);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toContain(`[DB_FILE_MISSING]: ${errorText('DB_FILE_MISSING', { path: db })}`);
      expect(result.stderr).toContain('请检查路径；新建数据库请用 db migrate 或 office init');
      expect(readdirSync(temp.dir)).toEqual([]);
    });
  }

  it('db migrate, office init and demo create the database', async () => {
    const runs: Record<string, string[]> = {
      'db migrate': ['db', 'migrate', '--db', temp.file('migrated.sqlite')],
      'office init': ['office', 'init', '--db', temp.file('office.sqlite'), '--name', '阳泉市人力资源和社会保障局', ...secrets],
      demo: ['demo', '--db', temp.file('demo.sqlite'), '--no-report'],
    };
    expect(Object.keys(runs).sort()).toEqual([...creatingCommands].sort());
    for (const [name, argv] of Object.entries(runs)) {
      const result = await runCliCaptured(argv);
      expect(result.code, `${name}: ${result.stderr}`).toBe(0);
    }
    for (const file of ['migrated.sqlite', 'office.sqlite', 'demo.sqlite']) expect(existsSync(temp.file(file)), file).toBe(true);
  });
});
