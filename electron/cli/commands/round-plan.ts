import type { Command } from 'commander';
import { z } from 'zod';
import { openStoreReadOnly } from '../../../db/open-store-read-only';
import { roundRulesSchema } from '../../../shared/domain/double-random/rules-schema';
import type { RoundRules } from '../../../shared/domain/double-random/types';
import { AppError, argIssuesOf } from '../../../shared/errors';
import { roundPlanCreateArgs } from '../../../shared/ipc/channels/round-plans';
import { createRoundPlan } from '../../services/round-plans/create-round-plan';
import { drawRoundPlan } from '../../services/round-plans/draw-round-plan';
import { exportRoundRecord } from '../../services/round-plans/export-round-record';
import { getRoundPlanView } from '../../services/round-plans/round-plan-view';
import { setRoundRules } from '../../services/round-plans/set-round-rules';
import { verifyRoundFiles } from '../../services/round-plans/verify-round-files';
import { verifyStoredRound } from '../../services/round-plans/verify-round-plan';
import { CliExit, print, type CliIO } from '../io';
import { databaseOption, jsonOption, numberOption, parseOptions, type RawOptions } from './parse-options';
import { readJsonFile } from './read-json';
import { formatCreatedPlan, formatDrawRecord, formatPlanView, formatVerification } from './round-plan-format';
import { withDatabase } from './sync-options';

/** Who the store names for plans and draws made on the command line (as `rectifications decide` does). */
const CLI_ACTOR = 'office-cli';

const roundUid = z.string().regex(/^[0-9a-f]{32}$/, 'ARG_ROUND_UID');
const file = z.string().min(1);
const createOptions = z.object({
  db: databaseOption,
  name: roundPlanCreateArgs.shape.name,
  year: numberOption(roundPlanCreateArgs.shape.year),
  rules: file.optional(),
  seed: roundPlanCreateArgs.shape.seed,
  seedNote: roundPlanCreateArgs.shape.seedNote,
  json: jsonOption,
});
const rulesOptions = z.object({ db: databaseOption, round: roundUid, rules: file });
const roundOptions = z.object({ db: databaseOption, round: roundUid, json: jsonOption });
const exportOptions = z.object({ db: databaseOption, round: roundUid, out: file });
const verifyOptions = z.object({
  db: databaseOption.optional(),
  round: roundUid.optional(),
  record: file.optional(),
  institutions: file.optional(),
  experts: file.optional(),
  json: jsonOption,
});

/** Where `round verify` re-runs from: the store's copy (--db --round) or the three exported files, never a mix. */
function verifySource(opts: z.output<typeof verifyOptions>) {
  const { db, round, record, institutions, experts } = opts;
  const anyFile = record !== undefined || institutions !== undefined || experts !== undefined;
  if (db !== undefined && round !== undefined && !anyFile) return { kind: 'store' as const, db, round };
  if (db === undefined && round === undefined && record !== undefined && institutions !== undefined && experts !== undefined) {
    return { kind: 'files' as const, record, institutions, experts };
  }
  const option = db !== undefined || round !== undefined ? (round === undefined ? '--round' : '--db') : '--record';
  throw new AppError('CLI_INVALID_OPTION', { option, reason: 'ROUND_REASON_VERIFY_SOURCES' });
}

/** A rules file (JSON, the shape roundPlans:setRules takes); a refused field is named with its path. */
function readRulesFile(path: string): RoundRules {
  const value = readJsonFile(path, 'ROUND_FILE_INVALID', 'TERM_ROUND_RULES_FILE');
  const parsed = roundRulesSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const [issue] = argIssuesOf(parsed.error);
  throw new AppError('ROUND_RULES_INVALID', {
    ...issue?.params,
    file: path,
    field: issue?.path.join('.') || '—',
    reason: issue?.code ?? 'ARG_INVALID',
  });
}

function readOnly<T>(path: string, work: (db: ReturnType<typeof openStoreReadOnly>) => T): T {
  const db = openStoreReadOnly(path);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

/** `round create`, `round rules`, `round draw`, `round verify`, `round export-record`, `round show` (双随机, issue 16). */
export function registerRoundPlanCommands(round: Command, io: CliIO): void {
  round
    .command('create')
    .description('单位：新建评估轮次及其抽取计划，固定随机种子并首先输出其 SHA-256（请在抽取前公布）')
    .requiredOption('--db <path>', '单位数据库')
    .requiredOption('--name <text>', '轮次名称，如 2026年度延续备案评估')
    .requiredOption('--year <year>', '年度')
    .option('--rules <file>', '抽取规则 JSON 文件；不填则用该年度的默认规则')
    .option('--seed <hex>', '事先公布的随机种子（十六进制，32–128 位）；不填则由系统安全随机数生成')
    .option('--seed-note <text>', '公布的种子从何而来，如“2026-12-01 双色球开奖号码”')
    .option('--json', '以 JSON 输出')
    .action((raw: RawOptions) => {
      const opts = parseOptions(createOptions, raw);
      const rules = opts.rules === undefined ? undefined : readRulesFile(opts.rules);
      withDatabase(opts.db, (db) => {
        const plan = createRoundPlan(db, {
          name: opts.name,
          year: opts.year,
          ...(rules === undefined ? {} : { rules }),
          ...(opts.seed === undefined ? {} : { seed: opts.seed }),
          ...(opts.seedNote === undefined ? {} : { seedNote: opts.seedNote }),
          actor: CLI_ACTOR,
          now: new Date(),
        });
        const view = getRoundPlanView(db, plan.roundUid);
        print(io, Boolean(opts.json), view, () => formatCreatedPlan(view));
      });
    });

  round
    .command('rules')
    .description('单位：修改尚未抽取的评估轮次的抽取规则')
    .requiredOption('--db <path>', '单位数据库')
    .requiredOption('--round <uid>', '评估轮次编号')
    .requiredOption('--rules <file>', '抽取规则 JSON 文件')
    .action((raw: RawOptions) => {
      const opts = parseOptions(rulesOptions, raw);
      const rules = readRulesFile(opts.rules);
      withDatabase(opts.db, (db) => {
        setRoundRules(db, { roundUid: opts.round, rules, now: new Date() });
        io.out(`已修改评估轮次 ${opts.round} 的抽取规则。`);
      });
    });

  round
    .command('draw')
    .description('单位：按规则和已固定的种子抽取检查对象和专家组（每个轮次只能抽取一次）；人数不足记为说明，不算失败')
    .requiredOption('--db <path>', '单位数据库')
    .requiredOption('--round <uid>', '评估轮次编号')
    .option('--json', '以 JSON 输出')
    .action((raw: RawOptions) => {
      const opts = parseOptions(roundOptions, raw);
      withDatabase(opts.db, (db) => {
        const { record } = drawRoundPlan(db, { roundUid: opts.round, actor: CLI_ACTOR, now: new Date() });
        print(io, Boolean(opts.json), record, () => formatDrawRecord(record));
      });
    });

  round
    .command('verify')
    .description(
      '复核抽取：按记录的种子、规则和两个名录重新抽取并比对；不一致时退出码为 1。用 --db --round，或用 --record --institutions --experts 三个文件',
    )
    .option('--db <location>', '数据库文件或 postgres:// 地址')
    .option('--round <uid>', '评估轮次编号')
    .option('--record <file>', '抽取记录 JSON 文件（round export-record 的 record.json）')
    .option('--institutions <file>', '检查对象名录 JSON 文件（institutions.json）')
    .option('--experts <file>', '检查人员名录 JSON 文件（experts.json）')
    .option('--json', '以 JSON 输出')
    .action((raw: RawOptions) => {
      const opts = parseOptions(verifyOptions, raw);
      const source = verifySource(opts);
      const verification =
        source.kind === 'store'
          ? readOnly(source.db, (db) => verifyStoredRound(db, source.round))
          : verifyRoundFiles({
              record: { path: source.record, value: readJsonFile(source.record, 'ROUND_FILE_INVALID', 'TERM_ROUND_RECORD_FILE') },
              institutions: {
                path: source.institutions,
                value: readJsonFile(source.institutions, 'ROUND_FILE_INVALID', 'TERM_ROUND_INSTITUTIONS_FILE'),
              },
              experts: { path: source.experts, value: readJsonFile(source.experts, 'ROUND_FILE_INVALID', 'TERM_ROUND_EXPERTS_FILE') },
            });
      print(io, Boolean(opts.json), verification, () => formatVerification(verification));
      if (!verification.ok) throw new CliExit(1);
    });

  round
    .command('export-record')
    .description('导出已抽取轮次的抽取记录和两个名录（record.json、institutions.json、experts.json，不含身份证号），供第三方复核')
    .requiredOption('--db <location>', '数据库文件或 postgres:// 地址')
    .requiredOption('--round <uid>', '评估轮次编号')
    .requiredOption('--out <dir>', '输出文件夹')
    .action((raw: RawOptions) => {
      const opts = parseOptions(exportOptions, raw);
      const paths = readOnly(opts.db, (db) => exportRoundRecord(db, opts.round, opts.out));
      io.out(`已导出：\n  ${paths.record}\n  ${paths.institutions}\n  ${paths.experts}`);
    });

  round
    .command('show')
    .description('评估轮次的抽取规则、种子哈希和抽取结果（种子在抽取后才显示）')
    .requiredOption('--db <location>', '数据库文件或 postgres:// 地址')
    .requiredOption('--round <uid>', '评估轮次编号')
    .option('--json', '以 JSON 输出')
    .action((raw: RawOptions) => {
      const opts = parseOptions(roundOptions, raw);
      const view = readOnly(opts.db, (db) => getRoundPlanView(db, opts.round));
      print(io, Boolean(opts.json), view, () => formatPlanView(view));
    });
}
