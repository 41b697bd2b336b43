import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/handlers/dispatch';
import { errorText, type ArgIssue } from '../../../shared/errors';
import { runCliCaptured } from '../../support/cli';
import { makeTestContext, type TestContext } from '../../support/context';
import { makeTempDir } from '../../support/temp';

// Options are parsed with zod before any work: where a command does what a channel does, with that channel's schema.
let temp: ReturnType<typeof makeTempDir>;
let ctx: TestContext;
beforeEach(() => {
  temp = makeTempDir();
  ctx = makeTestContext();
});
afterEach(() => {
  ctx.cleanup();
  temp.cleanup();
});

const invalid = (option: string, issue: ArgIssue) => errorText('CLI_INVALID_OPTION', { ...issue.params, option, reason: issue.code });

/** The reason the window gets for the same value on the channel (dispatch: INVALID_ARGS with its first issue). */
async function windowReason(channel: string, args: unknown): Promise<ArgIssue> {
  const result = await dispatch(ctx, channel, args);
  if (result.ok || result.error.code !== 'INVALID_ARGS') throw new Error(`${channel} accepted ${JSON.stringify(args)}`);
  const [issue] = result.error.issues ?? [];
  if (!issue) throw new Error(`${channel} refused without an issue`);
  return issue;
}

describe('CLI option validation', () => {
  it('an invalid option exits 2 with CLI_INVALID_OPTION naming the option and the window’s reason, before anything is written', async () => {
    const db = temp.file('never-created.sqlite');
    const cases: [argv: string[], option: string, channel: string, args: unknown][] = [
      [['institutions', 'list', '--db', db, '--on', '2023-02-30'], '--on', 'institutions:list', { onDate: '2023-02-30' }],
      [
        ['export', 'statistics', '--db', db, '--filing', '0', '--out', temp.file('s.xlsx')],
        '--filing',
        'export:statistics',
        { filingId: 0, path: 'x' },
      ],
      [
        ['export', 'statistics', '--db', db, '--filing', '1', '--out', temp.file('s.xlsx'), '--from', '2021-1-1'],
        '--from',
        'export:statistics',
        { filingId: 1, path: 'x', from: '2021-1-1' },
      ],
      [
        [
          'office',
          'enroll',
          '--db',
          db,
          '--inspector',
          '张三',
          '--device',
          'laptop-01',
          '--out',
          temp.file('a.p12'),
          '--passphrase',
          'office-passphrase',
          '--pin',
          '123',
        ],
        '--pin',
        'sync:enroll',
        { inspectorName: '张三', deviceKey: 'laptop-01', pin: '123', passphrase: 'office-passphrase', path: 'x' },
      ],
      [
        [
          'office',
          'enroll',
          '--db',
          db,
          '--inspector',
          '张三',
          '--device',
          '笔记本 1',
          '--out',
          temp.file('a.p12'),
          '--passphrase',
          'office-passphrase',
          '--pin',
          '246810',
        ],
        '--device',
        'sync:enroll',
        { inspectorName: '张三', deviceKey: '笔记本 1', pin: '246810', passphrase: 'office-passphrase', path: 'x' },
      ],
      [
        ['office', 'init', '--db', db, '--name', '阳泉市人社局', '--passphrase', 'short'],
        '--passphrase',
        'sync:initOffice',
        { officeName: '阳泉市人社局', passphrase: 'short' },
      ],
      [['report', '--db', db, '--kind', 'poster', '--out', temp.file('r.pdf')], '--kind', 'reports:generate', { kind: 'poster' }],
      [
        ['report', '--db', db, '--kind', 'sheet', '--inspection', '1.5', '--out', temp.file('r.pdf')],
        '--inspection',
        'reports:generate',
        { kind: 'sheet', inspectionId: 1.5 },
      ],
      [['summary', 'export', '--db', db, '--out', temp.file('s.xlsx'), '--format', 'docx'], '--format', 'sync:summary', { export: 'docx' }],
      [['import', 'teachers', temp.file('t.csv'), '--db', db], '<kind>', 'import:commit', { kind: 'teachers', path: 'x' }],
    ];
    for (const [argv, option, channel, args] of cases) {
      const result = await runCliCaptured(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr, argv.join(' ')).toContain(`[CLI_INVALID_OPTION]: ${invalid(option, await windowReason(channel, args))}`);
    }
    expect(existsSync(db)).toBe(false);
  });

  it('commands without a channel have their own schema: the same error code, naming the option', async () => {
    const population = 'test/fixtures/population/social-org-example.json';
    const cases: [argv: string[], option: string][] = [
      [
        [
          'pack',
          'export',
          '--db',
          temp.file('o.sqlite'),
          '--device',
          'laptop-01',
          '--out',
          temp.file('p.skp'),
          '--passphrase',
          'office-passphrase',
          '--filings',
          '1,x',
        ],
        '--filings',
      ],
      [
        ['score', '--template', 'shanxi-renewal-2023', '--answers', 'test/fixtures/answers/shanxi-renewal-2023.example.json', '--pass-mark', '六十'],
        '--pass-mark',
      ],
      [['sample', '--population', population, '--rule', 'R-SM-09'], '--rule'],
      [['export', 'statistics', '--db', temp.file('o.sqlite'), '--filing', '1', '--out', temp.file('s.xlsx'), '--to', '2021-02-30'], '--to'],
      [['report', '--kind', 'sheet', '--inspection', '1', '--out', temp.file('r.pdf')], '--db'],
      [['office', 'revoke', '--db', temp.file('o.sqlite'), '--device', 'laptop-01', '--reason', ' '], '--reason'],
    ];
    for (const [argv, option] of cases) {
      const result = await runCliCaptured(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr, argv.join(' ')).toMatch(new RegExp(`\\[CLI_INVALID_OPTION\\]: 选项 ${option.replace(/[-<>]/g, '\\$&')} 无效：\\S`));
    }
  });

  it('the installed command exits 2 on an invalid option and says which', () => {
    const bin = resolve(import.meta.dirname, '../../../bin/skill-inspector.mjs');
    const run = spawnSync(process.execPath, [bin, 'institutions', 'list', '--db', temp.file('x.sqlite'), '--on', '2023-13-01'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('选项 --on 无效');
  });

  it('valid options still run (the window’s types after parsing: numbers from text, defaults applied)', async () => {
    const db = temp.file('ok.sqlite');
    expect((await runCliCaptured(['db', 'migrate', '--db', db])).code).toBe(0);
    const listed = await runCliCaptured(['institutions', 'list', '--db', db, '--on', '2023-09-10', '--json']);
    expect(listed.code, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([]);
  });
});
