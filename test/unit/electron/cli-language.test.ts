import { describe, expect, it } from 'vitest';
import { cliLanguage } from '../../../electron/cli/language';
import { runCliCaptured } from '../../support/cli';

const missing = '/no/such/population.json';
const sample = ['sample', '--population', missing, '--rule', 'R-SM-01'];

describe('the CLI writes errors in Chinese by default, in English when asked', () => {
  it('takes --lang first, then LC_ALL, LC_MESSAGES and LANG, and Chinese when nothing says English', () => {
    expect(cliLanguage([], {})).toBe('zh-CN');
    expect(cliLanguage([], { LANG: 'C.UTF-8' })).toBe('zh-CN');
    expect(cliLanguage([], { LANG: 'en_US.UTF-8' })).toBe('en');
    expect(cliLanguage([], { LANG: 'zh_CN.UTF-8', LC_ALL: 'en_GB.UTF-8' })).toBe('en');
    expect(cliLanguage([], { LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(cliLanguage(['db', 'check', '--lang', 'en'], { LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(cliLanguage(['--lang=zh-CN'], { LANG: 'en_US.UTF-8' })).toBe('zh-CN');
    expect(cliLanguage(['--', '--lang', 'en'], {})).toBe('zh-CN');
  });

  it('says a refused command in Chinese, exit code 2', async () => {
    const result = await runCliCaptured(sample);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^错误 \[POPULATION_FILE_INVALID\]: 无法读取抽样总体文件“\/no\/such\/population\.json”：/);
  });

  it.each([
    ['--lang en after the command', [...sample, '--lang', 'en'], {}],
    ['--lang en before it', ['--lang', 'en', ...sample], {}],
    ['an English LANG', sample, { LANG: 'en_US.UTF-8' }],
  ])('says the same refusal in English with %s, the same exit code', async (_how, argv, env) => {
    const result = await runCliCaptured(argv, env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Error \[POPULATION_FILE_INVALID\]: cannot read the population file “\/no\/such\/population\.json”: /);
    expect(result.stderr).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses an unknown --lang as bad input', async () => {
    expect((await runCliCaptured(['--lang', 'fr', 'templates', 'list'])).code).toBe(2);
  });
});
