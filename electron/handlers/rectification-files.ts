import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { getDecision, getRectification, listRectificationFiles, listResponses, rectificationFileContent } from '../../db/repositories/rectifications';
import { workingDaysBetween } from '../../shared/domain/deadlines/working-calendar';
import { RECTIFICATION_DECISIONS, type RectificationView } from '../../shared/domain/rectification/types';
import { AppError } from '../../shared/errors';
import type { rectificationChannels } from '../../shared/ipc/channels/rectifications';
import { currentWorkingCalendar } from '../services/calendar/stored-calendar';
import { generateNotice } from '../services/pdf/rectification-notice';
import { sharedPdfWorker } from '../services/pdf/shared-worker';
import { requireRole } from '../services/sync/role';
import { openWithViewer } from './files';
import type { HandlersFor } from './types';

const DECISION_LABELS = { renew: '准予延续', resume: '恢复评价', terminate: '终止备案' } as const;

/**
 * Stand-in until electron/services/rectification/rectification-view.ts (the rectification helper's) is merged: the
 * stored record, its responses, newest notice and decision. Follow-ups and the deadline watch are left plain.
 */
function minimalView(db: Database, uid: string, today: string): RectificationView {
  const record = getRectification(db, uid);
  if (!record) throw new AppError('RECTIFICATION_NOT_FOUND', { uid });
  const files = listRectificationFiles(db, uid);
  const notice = files.filter((f) => f.kind === 'notice').at(-1) ?? null;
  const decision = getDecision(db, uid);
  const responses = listResponses(db, uid).map((r) => ({
    id: r.id,
    receivedOn: r.receivedOn,
    summary: r.summary,
    recordedBy: r.recordedBy,
    recordedAt: r.recordedAt,
    files: files.filter((f) => f.responseId === r.id).map((f) => ({ id: f.id, name: f.name, mime: f.mime, bytes: f.bytes, sha256: f.sha256 })),
  }));
  const { baseAnswers: _base, ...stored } = record;
  return {
    ...stored,
    institutionName: '',
    filingNo: '',
    roundName: null,
    stage: decision ? 'decided' : responses.length > 0 ? 'responded' : 'open',
    watch: 'none',
    workingDaysLeft: workingDaysBetween(today, record.dueOn, currentWorkingCalendar(db)),
    responses,
    followUps: [],
    notice: notice ? { fileId: notice.id, name: notice.name, bytes: notice.bytes } : null,
    decision: decision ? { ...decision, label: DECISION_LABELS[decision.decision] } : null,
    allowedDecisions: [...RECTIFICATION_DECISIONS],
  };
}

/** The system viewer needs a file: the stored BLOB is copied to <dataDir>/rectifications/<uid>/<id>-<name>. */
function copyRectificationFile(db: Database, dataDir: string, fileId: number): string {
  const stored = rectificationFileContent(db, fileId);
  if (!stored) throw new AppError('RECTIFICATION_FILE_NOT_FOUND', { fileId });
  const dir = join(dataDir, 'rectifications', stored.record.rectificationUid);
  mkdirSync(dir, { recursive: true });
  const base = (stored.record.name.split(/[\\/]/).pop() ?? '').replace(/[^\p{L}\p{N}_.-]/gu, '_').slice(-100);
  const path = join(dir, `${fileId}-${base === '' || /^\.+$/.test(base) ? 'file' : base}`);
  writeFileSync(path, stored.content);
  return path;
}

export const rectificationFileHandlers: HandlersFor<Pick<typeof rectificationChannels, 'rectifications:notice' | 'rectifications:openFile'>> = {
  'rectifications:notice': async (ctx, { uid, passphrase }) => {
    requireRole(ctx.db, 'office');
    await generateNotice(ctx.db, { uid, passphrase, now: ctx.now(), render: (model) => sharedPdfWorker().render(model) });
    return minimalView(ctx.db, uid, ctx.now().toISOString().slice(0, 10));
  },
  'rectifications:openFile': async (ctx, { fileId }) => ({ opened: await openWithViewer(ctx, copyRectificationFile(ctx.db, ctx.dataDir, fileId)) }),
};
