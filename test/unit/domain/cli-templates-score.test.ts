import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../../electron/cli/io';
import { runCli } from '../../../electron/cli/program';
import { getTemplate } from '../../../shared/domain/templates';

function capture(): CliIO & { stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { out: (t) => out.push(t), err: (t) => err.push(t), stdout: () => out.join('\n'), stderr: () => err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'skill-inspector-cli-'));
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('CLI templates / score', () => {
  it('R-YQ-01 templates list --json shows maxScore 100 and 92, the 92 one with a warning', async () => {
    const io = capture();
    expect(await runCli(['templates', 'list', '--json'], io, {})).toBe(0);
    const rows = JSON.parse(io.stdout()) as { id: string; maxScore: number; declaredTotal: number; warnings: string[] }[];
    expect(rows.map((r) => [r.id, r.maxScore, r.warnings.length])).toEqual([
      ['shandong-enterprise-2024', 100, 0],
      ['shanxi-renewal-2023', 92, 1],
    ]);
    expect(rows[1]?.declaredTotal).toBe(100);
  });

  it('templates list prints a text table by default', async () => {
    const io = capture();
    expect(await runCli(['templates', 'list'], io, {})).toBe(0);
    expect(io.stdout()).toContain('满分 92');
  });

  it('templates check exits 0 with warnings for a valid file, 2 listing every problem otherwise', async () => {
    const valid = capture();
    expect(await runCli(['templates', 'check', file('ok.json', getTemplate('shanxi-renewal-2023'))], valid, {})).toBe(0);
    expect(valid.stdout()).toContain('警告');

    const broken = structuredClone(getTemplate('shandong-enterprise-2024'));
    const first = broken.sections[0];
    if (first) first.declaredMax = 2100;
    broken.vetoes.push({ id: '6.1', text: '重复' });
    const invalid = capture();
    expect(await runCli(['templates', 'check', file('bad.json', broken)], invalid, {})).toBe(2);
    expect(invalid.stdout()).toContain('SECTION_SUM');
    expect(invalid.stdout()).toContain('DUPLICATE_ID');

    const notJson = capture();
    expect(await runCli(['templates', 'check', file('not.json', '{')], notJson, {})).toBe(2);
    expect(notJson.stdout()).toContain('不是有效的 JSON');
  });

  it('score prints the result with decimal points in JSON', async () => {
    const io = capture();
    const answers = new URL('../../fixtures/answers/shanxi-renewal-2023.example.json', import.meta.url).pathname;
    expect(await runCli(['score', '--template', 'shanxi-renewal-2023', '--answers', answers, '--json'], io, {})).toBe(0);
    const result = JSON.parse(io.stdout()) as { total: number; maximum: number; outcome: { label: string } };
    expect([result.total, result.maximum, result.outcome.label]).toEqual([64.5, 92, '同意延续备案']);
  });

  it('score exits 2 on invalid answers with a message naming the item', async () => {
    const io = capture();
    const answers = file('bad-answers.json', { templateId: 'shandong-enterprise-2024', items: { '2.2': { tier: '9' } } });
    expect(await runCli(['score', '--template', 'shandong-enterprise-2024', '--answers', answers], io, {})).toBe(2);
    expect(io.stderr()).toContain('INVALID_ANSWER');
    expect(io.stderr()).toContain('第2.2项');
  });

  it('score exits 2 for an unknown template and for a fixed pass mark override', async () => {
    const answers = file('empty.json', { templateId: 'shanxi-renewal-2023' });
    expect(await runCli(['score', '--template', 'nope', '--answers', answers], capture(), {})).toBe(2);
    expect(await runCli(['score', '--template', 'shanxi-renewal-2023', '--answers', answers, '--pass-mark', '50'], capture(), {})).toBe(2);
  });
});
