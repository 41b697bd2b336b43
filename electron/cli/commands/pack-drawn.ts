import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { roundPlanChannels } from '../../../shared/ipc/channels/round-plans';
import { leaderlessFilings, leaderOf, requireDrawnRound } from '../../services/round-packs/drawn-round';
import { exportRoundPack, roundPackAssignments } from '../../services/round-packs/round-pack-export';
import { roundPackTargets } from '../../services/round-packs/round-pack-targets';
import { unlockOffice } from '../../services/sync/office/office-keys';
import { print, type CliIO } from '../io';
import { databaseOption, jsonOption, parseOptions, type RawOptions } from './parse-options';
import { APP_VERSION, withDatabase, withSecrets } from './sync-options';

const roundPackArgs = roundPlanChannels['roundPlans:exportPack'].args.shape;

/** `socialOrg=<id>[@<hash>],enterprise=<id>` → the channel's forms (a malformed part is left for its schema to refuse). */
const formsOption = z.preprocess(
  (value) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)
          .map((part) => {
            const [kind, form = ''] = part.split('=', 2);
            const [templateId, templateHash] = form.split('@', 2);
            return { kind, templateId, ...(templateHash === undefined ? {} : { templateHash }) };
          })
      : value,
  roundPackArgs.forms,
);

/** `pack export --round <uid> --drawn`: roundPlans:exportPack once per leader's laptop, into one folder. */
const drawnOptions = z.object({
  db: databaseOption,
  round: roundPackArgs.roundUid,
  forms: formsOption,
  outDir: z.string().min(1, '请用 --out-dir 指定写出任务包的文件夹'),
  passphrase: roundPackArgs.passphrase,
  json: jsonOption,
});

/** The problems of a leader's laptop, in the CLI's words. */
const PROBLEM_TEXT = { noDevice: '专家库中没有登记其笔记本', deviceNotEnrolled: '其笔记本尚未注册或证书已吊销' } as const;

/**
 * One pack per panel leader's laptop, named <deviceKey>.skp as the window names a pack. Leaders without a usable
 * laptop (and panels the draw left without a leader) are listed: a shortfall to act on, not a failure (exit 0).
 * Every form is checked for every pack before the first file is written.
 */
export function exportDrawnPacks(raw: RawOptions, io: CliIO): void {
  const opts = parseOptions(drawnOptions, withSecrets(raw, ['passphrase']));
  withDatabase(opts.db, (db) => {
    const keys = unlockOffice(db, opts.passphrase);
    const draw = requireDrawnRound(db, opts.round);
    const targets = roundPackTargets(db, opts.round);
    const usable = targets.filter((target) => target.problem === null);
    const usableLeaders = new Set(usable.map((target) => target.leaderCode));
    roundPackAssignments(
      draw,
      draw.record.panels.filter((panel) => usableLeaders.has(leaderOf(panel)?.code ?? '')),
      opts.forms,
    );
    mkdirSync(opts.outDir, { recursive: true });
    const devices = [...new Set(usable.map((target) => target.deviceKey as string))];
    const packs = devices.map((deviceKey) => {
      const result = exportRoundPack(db, keys, { roundUid: opts.round, deviceKey, forms: opts.forms, now: new Date(), appVersion: APP_VERSION });
      const path = join(opts.outDir, `${deviceKey}.skp`);
      writeFileSync(path, result.bytes);
      const leaders = usable.filter((target) => target.deviceKey === deviceKey).map(({ leaderCode, leaderName }) => ({ leaderCode, leaderName }));
      return {
        deviceKey,
        path,
        sequence: result.sequence,
        assignments: result.assignments,
        leaders,
        shortPanelFilingIds: result.shortPanelFilingIds,
      };
    });
    const withoutLaptop = targets.flatMap(({ leaderCode, leaderName, deviceKey, filingIds, problem }) =>
      problem === null ? [] : [{ leaderCode, leaderName, deviceKey, filingIds, problem }],
    );
    const summary = { packs, withoutLaptop, leaderlessFilingIds: leaderlessFilings(draw) };
    print(io, Boolean(opts.json), summary, () =>
      [
        ...packs.map(
          (p) =>
            `任务包 #${p.sequence}（组长 ${p.leaders.map((l) => `${l.leaderName}（${l.leaderCode}）`).join('、')}，笔记本 ${p.deviceKey}）：` +
            `${p.assignments} 项任务，已写入 ${p.path}。${p.shortPanelFilingIds.length > 0 ? `其中 ${p.shortPanelFilingIds.length} 个专家组人数不足，按抽取结果下发。` : ''}`,
        ),
        ...withoutLaptop.map(
          (l) =>
            `未导出：组长 ${l.leaderName}（${l.leaderCode}）${PROBLEM_TEXT[l.problem]}${l.deviceKey ? `（${l.deviceKey}）` : ''}，涉及备案记录 ${l.filingIds.join('、')}。`,
        ),
        ...(summary.leaderlessFilingIds.length > 0 ? [`未导出：备案记录 ${summary.leaderlessFilingIds.join('、')} 的专家组未抽到组长。`] : []),
        ...(packs.length === 0 ? ['没有可导出的任务包。'] : []),
      ].join('\n'),
    );
  });
}
