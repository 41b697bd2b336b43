import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { draw, newSeedHex, parsePopulation, SAMPLING_RULE_IDS, verifyDraw, type DrawRecord, type Population } from '../../../shared/domain/sampling';
import { samplingDrawArgs } from '../../../shared/ipc/channels/sampling';
import { CliExit, print, type CliIO } from '../io';
import { jsonOption, parseOptions, type RawOptions } from './parse-options';
import { readJsonFile } from './read-json';
import { nodeSha256 } from '../../services/hash/node-sha256';

const populationFile = z.string().min(1, '请指定抽样总体文件');
/** The rule as sampling:draw takes it; the seed's form is checked by the draw itself (the same check as a redraw). */
const sampleOptions = z.object({ population: populationFile, rule: samplingDrawArgs.shape.rule, seed: z.string().optional(), json: jsonOption });
const verifyOptions = z.object({ population: populationFile, record: z.string().min(1, '请指定抽样记录文件'), json: jsonOption });

function readPopulation(path: string): Population {
  return parsePopulation(readJsonFile(path, 'POPULATION_FILE_INVALID', 'TERM_CLI_POPULATION_FILE'));
}

export function formatDrawRecord(record: DrawRecord): string {
  const lines = [
    `抽样规则 ${record.rule}：${record.ruleQuote}`,
    `算法 ${record.algorithm}`,
    `种子 ${record.seed}`,
    `总体哈希 ${record.populationHash}（${record.population.batches} 个批次，${record.population.candidates} 名考生）`,
  ];
  if (record.year !== null) lines.push(`抽中年度：${record.year}`);
  record.batches.forEach((batch, index) => {
    const candidates =
      batch.candidateIds.length > 0 ? `，抽查考生 ${batch.candidateIds.length}/${batch.candidatesInBatch}：${batch.candidateIds.join('、')}` : '';
    lines.push(
      `${index + 1}. 批次 ${batch.batchId}  ${batch.occupationName}（${batch.occupationCode}）  ${batch.levelLabel}  ${batch.examDate}${candidates}`,
    );
  });
  record.occupations.forEach((occupation, index) => {
    lines.push(`${index + 1}. 职业（工种） ${occupation.occupationName}（${occupation.occupationCode}），${occupation.batchCount} 个批次`);
  });
  for (const quota of record.yearQuotas) {
    lines.push(`${quota.year} 年：${quota.batches} 个批次，按 ${quota.percent}% 抽取 ${quota.drawn} 个`);
  }
  if (record.batches.length > 0 && record.candidateTotal > 0) lines.push(`抽查考生合计 ${record.candidateTotal} 人`);
  if (record.notes.length > 0) {
    lines.push('说明：');
    for (const item of record.notes) lines.push(`  - [${item.code}] ${item.message}`);
  }
  return lines.join('\n');
}

export function registerSampleCommands(program: Command, io: CliIO): void {
  program
    .command('sample')
    .description(`按规则随机抽样并输出抽样记录（规则：${SAMPLING_RULE_IDS.join('、')}）`)
    .requiredOption('--population <file>', '抽样总体 JSON 文件（见 docs/sampling.md）')
    .requiredOption('--rule <id>', '抽样规则编号，如 R-SM-01')
    .option('--seed <hex>', '随机种子（十六进制，32–128 位）；不填则由系统安全随机数生成')
    .option('--json', '以 JSON 输出')
    .action((raw: RawOptions) => {
      const opts = parseOptions(sampleOptions, raw);
      const population = readPopulation(opts.population);
      const seed = opts.seed ?? newSeedHex((length) => new Uint8Array(randomBytes(length)));
      const record = draw(population, opts.rule, seed, { newHash: nodeSha256 });
      print(io, Boolean(opts.json), record, () => formatDrawRecord(record));
    });

  program
    .command('sample-verify')
    .description('复核抽样记录：用记录中的种子和规则对抽样总体重新抽取，比对结果；不一致时退出码为 1')
    .requiredOption('--population <file>', '抽样总体 JSON 文件')
    .requiredOption('--record <file>', '抽样记录 JSON 文件（sample --json 的输出）')
    .option('--json', '以 JSON 输出')
    .action((raw: RawOptions) => {
      const opts = parseOptions(verifyOptions, raw);
      const population = readPopulation(opts.population);
      const record = readJsonFile(opts.record, 'RECORD_FILE_INVALID', 'TERM_CLI_RECORD_FILE') as DrawRecord;
      if (typeof record !== 'object' || record === null || typeof record.seed !== 'string' || typeof record.rule !== 'string') {
        throw new AppError('RECORD_INVALID', { file: opts.record });
      }
      const verification = verifyDraw(record, population, { newHash: nodeSha256 });
      print(io, Boolean(opts.json), verification, () =>
        verification.ok ? '复核一致：重新抽取的单位与记录相同。' : `复核不一致：\n${verification.problems.map((p) => `  - ${p}`).join('\n')}`,
      );
      if (!verification.ok) throw new CliExit(1);
    });
}
