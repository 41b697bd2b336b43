import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { draw, parsePopulation, type DrawRecord } from '../../../shared/domain/sampling';
import { runCliCaptured } from '../../support/cli';
import { makeTempDir } from '../../support/temp';

const FIXTURE = 'test/fixtures/population/social-org-example.json';
const SEED = '5eed'.repeat(16);

describe('CLI sample', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('R-SM-06 sample --json prints the draw record, the same as the domain draw', async () => {
    const result = await runCliCaptured(['sample', '--population', FIXTURE, '--rule', 'R-SM-01', '--seed', SEED, '--json']);
    expect(result.code).toBe(0);
    const record = JSON.parse(result.stdout) as DrawRecord;
    const population = parsePopulation(JSON.parse(readFileSync(FIXTURE, 'utf8')));
    expect(record).toEqual(draw(population, 'R-SM-01', SEED));
  });

  it('R-SM-06 sample without --seed draws a fresh 32-byte seed and prints text', async () => {
    const result = await runCliCaptured(['sample', '--population', FIXTURE, '--rule', 'R-SM-03']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/种子 [0-9a-f]{64}/);
    expect(result.stdout).toContain('职业（工种）');
  });

  it('R-SM-06 sample exits 2 on an invalid population and names the field', async () => {
    const bad = temp.file('bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        batches: [{ id: 'B1', occupationCode: '4-10-01-02', occupationName: '育婴员', level: '九级', examDate: '2023-02-30', candidateIds: [] }],
      }),
    );
    const result = await runCliCaptured(['sample', '--population', bad, '--rule', 'R-SM-01']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('batches[0].level');
    expect(result.stderr).toContain('batches[0].examDate');

    const notJson = temp.file('not.json');
    writeFileSync(notJson, '{ batches: ');
    expect((await runCliCaptured(['sample', '--population', notJson, '--rule', 'R-SM-01'])).code).toBe(2);
    expect((await runCliCaptured(['sample', '--population', FIXTURE, '--rule', 'R-SM-09'])).code).toBe(2);
    expect((await runCliCaptured(['sample', '--population', FIXTURE, '--rule', 'R-SM-01', '--seed', 'zz'])).code).toBe(2);
  });

  it('R-SM-06 sample-verify re-runs a record: 0 when it matches, 1 when it does not', async () => {
    const drawn = await runCliCaptured(['sample', '--population', FIXTURE, '--rule', 'R-SM-02', '--seed', SEED, '--json']);
    const recordFile = temp.file('record.json');
    writeFileSync(recordFile, drawn.stdout);
    const ok = await runCliCaptured(['sample-verify', '--population', FIXTURE, '--record', recordFile]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('复核一致');

    const record = JSON.parse(drawn.stdout) as DrawRecord;
    writeFileSync(recordFile, JSON.stringify({ ...record, year: '1999' }));
    const mismatch = await runCliCaptured(['sample-verify', '--population', FIXTURE, '--record', recordFile, '--json']);
    expect(mismatch.code).toBe(1);
    expect(JSON.parse(mismatch.stdout)).toMatchObject({ ok: false });
  });
});
