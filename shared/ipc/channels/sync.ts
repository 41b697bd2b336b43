import { z } from 'zod';
import { channel } from '../define';

const path = z.string().min(1).max(4096);
const pin = z.string().min(1).max(200).optional();
const passphrase = z.string().min(1).max(500);

export interface SyncStatus {
  role: 'office' | 'field' | null;
  officeName: string | null;
  /** Field: this laptop's device key and inspector; office: null. */
  deviceKey: string | null;
  inspectorName: string | null;
  keyProtection: 'pin' | 'safeStorage' | null;
  lastPackSequence: number;
  lastBundleSequence: number;
  /** Office: enrolled devices with the newest bundle imported from each. */
  devices: { deviceKey: string; label: string; revoked: boolean; lastSequence: number | null }[];
}

export interface SyncImportReport {
  status: 'imported' | 'alreadyImported' | 'stale';
  message: string;
  added: number;
  unchanged: number;
  conflicts: string[];
}

export interface SyncReviewItem {
  importedId: number;
  inspectionId: number;
  deviceKey: string;
  institutionName: string;
  filingNo: string;
  filingYear: number;
  templateId: string;
  inspectionDate: string;
  revision: number;
  scoreHundredths: number | null;
  outcomeLabel: string;
  reviewStatus: 'pending' | 'accepted' | 'returned';
  reviewComment: string | null;
  inConflict: boolean;
  superseded: boolean;
  conflictKey: string;
  files: { id: number; kind: 'pdf' | 'evidence'; name: string; bytes: number }[];
}

export interface SyncConflict {
  conflictKey: string;
  institutionName: string;
  filingNo: string;
  resolved: boolean;
  versions: SyncReviewItem[];
}

export type OpinionKey = 'terminate' | 'renew' | 'defer' | 'suspend' | 'normal';

export interface SyncSummary {
  years: {
    filingYear: number;
    rows: { inspectionId: number; institutionName: string; filingNo: string; kindLabel: string; opinion: OpinionKey | null; outcomeLabel: string; scoreHundredths: number | null }[];
    counts: Record<OpinionKey, number>;
  }[];
  totals: Record<OpinionKey, number>;
  excluded: { institutionName: string; filingNo: string; reason: string }[];
}

export const syncChannels = {
  'sync:status': channel(z.object({}).strict(), '本机角色(单位/外业)与同步状态').returns<SyncStatus>(),
  'sync:importPack': channel(z.object({ path, p12Path: path.optional(), pin }).strict(), '外业:导入任务包(先验证单位签名)').returns<{
    status: 'imported' | 'alreadyImported';
    sequence: number;
    assignments: number;
  }>(),
  'sync:exportBundle': channel(z.object({ path, pin }).strict(), '外业:导出结果包(签名并加密给单位)').returns<{ sequence: number; inspections: number }>(),
  'sync:verifyBundle': channel(z.object({ path, passphrase }).strict(), '单位:只检查结果包,不导入').returns<{
    deviceKey: string;
    sequence: number;
    signer: string;
    inspections: number;
  }>(),
  'sync:importBundle': channel(z.object({ path, passphrase }).strict(), '单位:导入结果包(先验证,一个事务写入)').returns<SyncImportReport>(),
  'sync:reviewList': channel(z.object({}).strict(), '单位:已导入核查记录及复核状态').returns<SyncReviewItem[]>(),
  'sync:review': channel(
    z
      .object({ importedId: z.number().int().positive(), decision: z.enum(['accepted', 'returned']), comment: z.string().max(2000).optional() })
      .strict(),
    '单位:复核通过或退回(退回须填写意见)',
  ).returns<SyncReviewItem>(),
  'sync:conflicts': channel(z.object({}).strict(), '单位:同一评估的多个版本(冲突)').returns<SyncConflict[]>(),
  'sync:summary': channel(z.object({}).strict(), '单位:评估意见汇总表数据(附件4)').returns<SyncSummary>(),
};
