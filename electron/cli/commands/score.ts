import type { Command } from 'commander';
import { z } from 'zod';
import { formatPoints, parsePoints, score, scoreResultToJson, type ScoreResult } from '../../../shared/domain/scoring';
import { getTemplate, type Template } from '../../../shared/domain/templates';
import { AppError } from '../../../shared/errors';
import { print, type CliIO } from '../io';
import { requireFormFile } from './templates';
import { jsonOption, parseOptions, type RawOptions } from './parse-options';
import { readJsonFile } from './read-json';

/** Points as written on the form (60, 60.5), hundredths after parsing. */
const passMarkText = z.string().transform((text, context) => {
  const points = parsePoints(text);
  if (points === null) context.addIssue({ code: 'custom', message: `“${text}”不是有效分数` });
  return points ?? z.NEVER;
});

const scoreOptions = z.object({
  template: z.string().min(1, '请指定评估表').optional(),
  templateFile: z.string().min(1, '请指定评估表文件').optional(),
  answers: z.string().min(1, '请指定答案文件'),
  passMark: passMarkText.optional(),
  json: jsonOption,
});

function maybe(points: number | null): string {
  return points === null ? '—' : formatPoints(points);
}

function resultText(result: ScoreResult): string {
  const lines = result.items.map(
    (item) =>
      `  ${item.itemId.padEnd(6)} ${maybe(item.points).padStart(5)} / ${formatPoints(item.maxPoints).padEnd(4)} 自评 ${maybe(item.selfScore).padStart(4)}  ${item.status === 'scored' ? '' : item.status === 'unanswered' ? '未评' : `无法计算：${item.reason ?? ''}`}`,
  );
  const penalties = result.penalties.filter((p) => p.count > 0).map((p) => `  ${p.message}`);
  const vetoes = result.vetoes.filter((v) => v.answer === '是').map((v) => `  一票否决：${v.text}`);
  return [
    `评估表 ${result.templateId} v${result.templateVersion}${result.complete ? '' : '（未完成）'}`,
    ...lines,
    ...result.sections.map((s) => `  小计 ${s.id} ${s.title ?? ''}: ${formatPoints(s.points)} / ${formatPoints(s.maxPoints)}`),
    ...penalties,
    ...vetoes,
    `总分 ${formatPoints(result.total)} / ${formatPoints(result.maximum)}（合格线 ${formatPoints(result.passMark.points)}：${result.passMark.source}）`,
    ...(result.maximumWarning ? [`警告： ${result.maximumWarning}`] : []),
    ...(result.unansweredItems.length ? [`未评项目： ${result.unansweredItems.join('、')}`] : []),
    ...(result.unansweredVetoes.length ? [`未回答的一票否决项： ${result.unansweredVetoes.join('、')}`] : []),
    `评估结果： ${result.outcome.label}${result.outcome.ruleId ? ` [${result.outcome.ruleId}]` : ''} — ${result.outcome.reason}`,
  ].join('\n');
}

export function registerScoreCommands(program: Command, io: CliIO): void {
  program
    .command('score')
    .description('按评估表为答案计分；答案无效时退出码为 2')
    .option('--template <id>', '内置评估表 id（见 templates list）')
    .option('--template-file <file>', '评估表文件（.json），不需要数据库；与 --template 二选一')
    .requiredOption('--answers <file>', '答案 JSON 文件（格式见 docs/answers-format.md）')
    .option('--pass-mark <points>', '合格线（仅限合格线可配置的评估表），如 60')
    .option('--json', '以 JSON 输出（分值为十进制数）')
    .action(async (raw: RawOptions) => {
      const { passMark, ...opts } = parseOptions(scoreOptions, raw);
      const template = await chosenTemplate(io, opts);
      const answers = readJsonFile(opts.answers, 'INVALID_ANSWER', 'TERM_CLI_ANSWERS_FILE');
      const result = score(template, answers, passMark === undefined ? {} : { passMark });
      print(io, Boolean(opts.json), scoreResultToJson(result), () => resultText(result));
    });
}

async function chosenTemplate(io: CliIO, opts: { template?: string | undefined; templateFile?: string | undefined }): Promise<Template> {
  if ((opts.template === undefined) === (opts.templateFile === undefined)) {
    throw new AppError('CLI_INVALID_OPTION', { reason: 'CLI_REASON_ONE_TEMPLATE' });
  }
  if (opts.templateFile !== undefined) return (await requireFormFile(io, opts.templateFile)).template;
  return getTemplate(opts.template ?? '');
}
