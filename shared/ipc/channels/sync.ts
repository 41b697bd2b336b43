import { z } from 'zod';
import { channel } from '../define';
import { argMessage } from '../../errors';
import type { SignatureStatus } from './reports';
import type { OutcomeCategory } from '../../domain/templates/types';
import { FOLLOW_UP_SCOPES, type FollowUpScope } from '../../domain/rounds/types';

const path = z.string().min(1).max(4096);
const pin = z.string().min(1).max(200).optional();
const passphrase = z.string().min(1).max(500);

/** The office passphrase protects the root key; the same minimum as `office init`. */
export const MIN_OFFICE_PASSPHRASE_LENGTH = 8;

/**
 * A bundle chosen with <input type=file> travels as base64 (like evidence); larger ones are named by a path the user
 * chose in the open dialog (files:chooseOpen, kind 'sync-bundle'). Every path here must come from a dialog this run.
 */
export const MAX_PICKED_BUNDLE_BYTES = 256 * 1024 * 1024;
const pickedBundle = z
  .string()
  .min(1)
  .max(Math.ceil(MAX_PICKED_BUNDLE_BYTES / 3) * 4, argMessage('ARG_PICKED_BUNDLE_TOO_LARGE', { maxMb: MAX_PICKED_BUNDLE_BYTES / 1024 / 1024 }))
  .regex(/^[A-Za-z0-9+/]+=*$/, 'ARG_NOT_BASE64');
const bundleArgs = z
  .object({ path: path.optional(), dataBase64: pickedBundle.optional(), passphrase })
  .strict()
  .refine((args) => (args.path === undefined) !== (args.dataBase64 === undefined), { message: 'ARG_BUNDLE_PATH_OR_DATA', path: ['path'] });

/** Exported summaries and opened review files are named, never given by path (they live in the data folder). */
const exportFile = z.string().regex(/^[A-Za-z0-9_.-]{1,120}\.(pdf|xlsx)$/, 'ARG_EXPORT_FILE_NAME');
export const summaryFormats = ['xlsx', 'pdf'] as const;
export type SummaryFormat = (typeof summaryFormats)[number];

export interface SyncStatus {
  role: 'office' | 'field' | null;
  officeName: string | null;
  /** Field: this laptop's device key and inspector; office: null. */
  deviceKey: string | null;
  inspectorName: string | null;
  /** Field: how the stored key is kept — the OS keychain, the local passphrase, or (laptops set up earlier) the PIN. */
  keyProtection: 'pin' | 'passphrase' | 'safeStorage' | null;
  /** Whether a key stored now would go to the OS keychain; if not, a local passphrase protects it. */
  keychainAvailable: boolean;
  lastPackSequence: number;
  lastBundleSequence: number;
  /** Office: enrolled devices with the newest bundle imported from each. */
  devices: { deviceKey: string; label: string; revoked: boolean; lastSequence: number | null }[];
}

/** What a task pack brought to the laptop, counted for the inspector (the pack's whole content, not the difference). */
export interface SyncPackImport {
  status: 'imported' | 'alreadyImported';
  sequence: number;
  inspectorName: string;
  assignments: number;
  institutions: number;
  candidates: number;
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
  /** The filing, for its history (filings:history). */
  filingId: number;
  filingNo: string;
  filingYear: number;
  templateId: string;
  inspectionDate: string;
  revision: number;
  scoreHundredths: number | null;
  outcomeLabel: string;
  /** The outcome orders rectification (R-YQ-06): accepting it opens one. */
  ordersRectification: boolean;
  reviewStatus: 'pending' | 'accepted' | 'returned';
  reviewComment: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  inConflict: boolean;
  superseded: boolean;
  conflictKey: string;
  /** The round the inspection belongs to; null for inspections of laptops from before rounds. */
  round: { uid: string; name: string } | null;
  purpose: 'assessment' | 'followUp';
  scope: FollowUpScope | null;
  rectificationUid: string | null;
  files: { id: number; kind: 'pdf' | 'evidence'; name: string; bytes: number }[];
}

/** The review screen's page; sync:reviewList gives this many unless told otherwise (issue 17 §6). */
export const REVIEW_PAGE_SIZE = 50;
export const MAX_REVIEW_PAGE = 500;

/** One page of the imported inspections in import order, with the counts of the whole list. */
export interface SyncReviewPage {
  items: SyncReviewItem[];
  /** Every imported version. */
  total: number;
  /** Current versions (not superseded) awaiting review. */
  pending: number;
  offset: number;
  limit: number;
}

export interface SyncConflict {
  conflictKey: string;
  institutionName: string;
  filingNo: string;
  resolved: boolean;
  versions: SyncReviewItem[];
}

/** The outcome category of an opinion column. */
export type OpinionKey = OutcomeCategory;

export interface SyncSummary {
  /** The opinion columns: the categories the counted inspections' forms decide, in the app's category order. */
  columns: { category: OpinionKey; no: string; label: string }[];
  /** The score column's number, after the opinions (（六） for five). */
  scoreNo: string;
  years: {
    filingYear: number;
    rows: {
      inspectionId: number;
      institutionName: string;
      filingNo: string;
      kindLabel: string;
      opinion: OpinionKey | null;
      outcomeLabel: string;
      scoreHundredths: number | null;
      /** Once the rectification is decided: 准予延续 / 恢复评价 / 终止备案 (the opinion is then the decision's category). */
      decisionLabel?: string;
    }[];
    counts: Partial<Record<OpinionKey, number>>;
  }[];
  totals: Partial<Record<OpinionKey, number>>;
  excluded: { institutionName: string; filingNo: string; reason: string }[];
}

/** A file main wrote into <dataDir>/reports for the office (附件4 as XLSX or PDF). */
export interface SyncExportedFile {
  file: string;
  path: string;
  bytes: number;
}

/** An imported PDF or evidence file written out for the system viewer, with its signatures checked. */
export interface SyncOpenedFile {
  name: string;
  path: string;
  /** False where no system viewer can be asked (the browser harness). */
  opened: boolean;
  /** valid is status === 'valid'; modified-after-signing: the document was changed after that signature. */
  signatures: { signer: string; status: SignatureStatus; valid: boolean; officeIssued: boolean }[];
}

/** The laptop's PIN protects its .p12; `office enroll` and field/key-protection use the same minimum. */
export const MIN_ENROLL_PIN_LENGTH = 6;
/**
 * Where no OS keychain protects the laptop's key, the key file is only as strong as what encrypts it, so a local
 * passphrase does, not the 6-digit PIN: at least 12 characters and not only digits.
 */
export const MIN_KEY_PASSPHRASE_LENGTH = 12;
export const isStrongKeyPassphrase = (text: string): boolean => text.length >= MIN_KEY_PASSPHRASE_LENGTH && !/^\d+$/.test(text);
const keyPassphrase = z.string().min(1).max(500).optional();
/** A laptop's device key: what the office enrols it under and names its files by. */
export const DEVICE_KEY_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** Filings added to a laptop's assignments in one pack export. */
export const MAX_PACK_FILINGS = 500;
const deviceKey = z.string().regex(DEVICE_KEY_PATTERN, 'ARG_DEVICE_KEY');
const officePassphrase = z.string().min(1, 'ARG_OFFICE_PASSPHRASE_REQUIRED').max(500);

export interface SyncEnrollResult {
  deviceKey: string;
  inspectorName: string;
  serial: string;
  /** Where the .p12 was written (the save dialog's choice). */
  path: string;
}

/** A form (评估表) the app knows, as the office picks one per assignment; ids come from main, never from the window. */
export interface SyncForm {
  id: string;
  title: string;
  version: string;
  /** The version's SHA-256: what the window sends back, and what the laptop pins. */
  hash: string;
  /** The notice it comes from, e.g. 阳人社函〔2023〕221号 附件3. */
  source: string;
}

export interface SyncRevokeResult {
  deviceKey: string;
  /** Certificates revoked now (0 when the laptop had none left). */
  certificates: number;
  reason: string;
}

export interface SyncPackExportResult {
  deviceKey: string;
  sequence: number;
  assignments: number;
  filings: number;
  candidates: number;
  path: string;
}

export const syncChannels = {
  'sync:status': channel(z.object({}).strict(), '本机角色（单位/外业）与同步状态').reads<SyncStatus>(),
  'sync:initOffice': channel(
    z
      .object({
        officeName: z.string().trim().min(1, 'ARG_OFFICE_NAME_REQUIRED').max(100, 'ARG_OFFICE_NAME_TOO_LONG'),
        passphrase: z.string().min(MIN_OFFICE_PASSPHRASE_LENGTH, 'ARG_OFFICE_PASSPHRASE_SHORT').max(500),
      })
      .strict(),
    '设为本单位（办公室）主库：创建单位根证书（口令加密），同 office init',
  ).writes<SyncStatus>(),
  'sync:enroll': channel(
    z
      .object({
        inspectorName: z.string().trim().min(1, 'ARG_INSPECTOR_NAME_REQUIRED').max(100, 'ARG_INSPECTOR_NAME_TOO_LONG'),
        deviceKey,
        deviceLabel: z.string().trim().max(100, 'ARG_DEVICE_LABEL_TOO_LONG').optional(),
        pin: z.string().min(MIN_ENROLL_PIN_LENGTH, 'ARG_PIN_SHORT').max(200),
        passphrase: officePassphrase,
        path,
      })
      .strict(),
    '单位：登记外业笔记本，签发证书并写出 .p12（PIN 保护），同 office enroll',
  ).writes<SyncEnrollResult>(),
  'sync:exportPack': channel(
    z
      .object({
        deviceKey,
        assignments: z
          .array(
            z.union([
              z
                .object({
                  filingId: z.number().int().positive(),
                  templateId: z.string().min(1).max(100),
                  templateHash: z
                    .string()
                    .regex(/^[0-9a-f]{64}$/, 'ARG_TEMPLATE_HASH')
                    .optional(),
                  /** The round to assess in; left out: the office's newest round (opened for this year when it has none). */
                  roundUid: z
                    .string()
                    .regex(/^[0-9a-f]{32}$/, 'ARG_ROUND_UID')
                    .optional(),
                })
                .strict(),
              /** A follow-up (整改复查): filing, form version and round are the rectification's. */
              z
                .object({
                  rectificationUid: z.string().regex(/^[0-9a-f]{32}$/, 'ARG_RECTIFICATION_UID'),
                  scope: z.enum(FOLLOW_UP_SCOPES),
                })
                .strict(),
            ]),
          )
          .max(MAX_PACK_FILINGS, 'ARG_TOO_MANY_FILINGS'),
        passphrase: officePassphrase,
        path,
      })
      .strict(),
    '单位：为一台笔记本导出任务包（单位签名，加密给该设备），每个备案用所选评估表，同 pack export',
  ).writes<SyncPackExportResult>(),
  'sync:forms': channel(z.object({}).strict(), '单位：本机保存的评估表各版本（内置、导入；分配任务时逐个选择）').reads<SyncForm[]>(),
  'sync:revokeDevice': channel(
    z.object({ deviceKey, reason: z.string().trim().min(1, 'ARG_REVOKE_REASON_REQUIRED').max(500, 'ARG_REVOKE_REASON_TOO_LONG') }).strict(),
    '单位：吊销一台笔记本的证书（须写明原因），此后拒收其结果包，同 office revoke',
  ).writes<SyncRevokeResult>(),
  'sync:importPack': channel(
    z.object({ path, p12Path: path.optional(), pin, keyPassphrase }).strict(),
    '外业：导入任务包（先验证单位签名）；无系统密钥库时须设置本机口令',
  ).writes<SyncPackImport>(),
  'sync:exportBundle': channel(
    z.object({ path, pin, keyPassphrase }).strict(),
    '外业：导出结果包（签名并加密给单位）；按密钥的保存方式给 PIN 码或本机口令',
  ).writes<{ sequence: number; inspections: number }>(),
  'sync:verifyBundle': channel(bundleArgs, '单位：只检查结果包，不导入').reads<{
    deviceKey: string;
    sequence: number;
    signer: string;
    inspections: number;
  }>(),
  'sync:importBundle': channel(bundleArgs, '单位：导入结果包（先验证，一个事务写入）').writes<SyncImportReport>(),
  'sync:reviewList': channel(
    z
      .object({
        limit: z.number().int().min(1).max(MAX_REVIEW_PAGE).optional(),
        offset: z.number().int().min(0).max(10_000_000).optional(),
      })
      .strict(),
    '单位：已导入核查记录及复核状态，按导入顺序分页（默认每页 50 条）',
  ).reads<SyncReviewPage>(),
  'sync:review': channel(
    z
      .object({
        importedId: z.number().int().positive(),
        decision: z.enum(['accepted', 'returned']),
        comment: z.string().max(2000).optional(),
        // The state the reviewer saw (from sync:reviewList): another office PC's decision since then is a conflict.
        // Optional only for callers from before several office PCs (the window always sends it).
        seen: z
          .object({ reviewStatus: z.enum(['pending', 'accepted', 'returned']), reviewedAt: z.string().nullable() })
          .strict()
          .optional(),
      })
      .strict(),
    '单位：复核通过或退回（退回须填写意见；另一台电脑已先复核时提示冲突）',
  ).writes<SyncReviewItem>(),
  'sync:conflicts': channel(z.object({}).strict(), '单位：同一评估的多个版本（冲突）').reads<SyncConflict[]>(),
  'sync:summary': channel(
    z.object({ export: z.enum(summaryFormats).optional() }).strict(),
    '单位：评估意见汇总表数据（附件4）；export 时另存为 XLSX 或 PDF',
  ).writes<SyncSummary & { exported: SyncExportedFile | null }>(),
  'sync:openFile': channel(
    z.union([z.object({ fileId: z.number().int().positive() }).strict(), z.object({ exportFile }).strict()]),
    '单位：用系统程序打开已导入的签名 PDF 或导出的汇总表',
  ).writes<SyncOpenedFile>(),
};
