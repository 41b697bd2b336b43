import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../support/cli';
import { makeTempDir } from '../../support/temp';

const temp = makeTempDir('rounds-cli-');
afterAll(() => temp.cleanup());

describe('rounds on the command line', () => {
  it('the office opens a round and lists it; a database that is not the office’s cannot open one', async () => {
    const db = temp.file('office.sqlite');
    expect((await runCliCaptured(['db', 'migrate', '--db', db])).code).toBe(0);
    expect((await runCliCaptured(['rounds', 'open', '--db', db, '--name', '2026年度延续备案评估', '--year', '2026'])).code).not.toBe(0);
    expect(
      (await runCliCaptured(['office', 'init', '--db', db, '--name', '阳泉市人力资源和社会保障局', '--passphrase', 'office-passphrase-1'])).code,
    ).toBe(0);
    const opened = await runCliCaptured(['rounds', 'open', '--db', db, '--name', '2026年度延续备案评估', '--year', '2026', '--json']);
    expect(opened.code).toBe(0);
    const round = JSON.parse(opened.stdout) as { uid: string; origin: string; openedBy: string };
    expect(round).toMatchObject({ origin: 'office', openedBy: '阳泉市人力资源和社会保障局' });
    expect(round.uid).toMatch(/^[0-9a-f]{32}$/);
    expect((await runCliCaptured(['rounds', 'open', '--db', db, '--name', 'x', '--year', '1999'])).code).not.toBe(0);
    const listed = await runCliCaptured(['rounds', 'list', '--db', db]);
    expect(listed.stdout).toContain(round.uid);
    expect(listed.stdout).toContain('2026年度延续备案评估');
  }, 60_000);
});
