import type { ErrorTexts } from './types';

/** The office's checks of a device's audit chain and bundle sequence (electron/services/sync/office). */
export const syncAuditErrors = {
  SYNC_AUDIT_STATE_MISMATCH: {
    zh: '结果包中核查记录 #{inspectionId} 的{where}与随附审计日志记录的状态不符：数据在软件之外被改动，已拒绝，未写入任何数据。请在该笔记本上运行“审计校验”查明原因。',
    en: 'In the bundle, {where} of inspection #{inspectionId} does not match the state its audit log recorded: the data was changed outside the app. Refused; nothing was written. Run the audit check on that laptop to find out why.',
  },
  SYNC_AUDIT_HISTORY_REWRITTEN: {
    zh: '设备 {deviceKey} 的结果包审计日志没有延续本单位已有的 {held} 条记录（{problem}）：历史被删减或改写，已拒绝，未写入任何数据。',
    en: 'The audit log in the bundle from device {deviceKey} does not continue the {held} entries this office already holds ({problem}): history was dropped or rewritten. Refused; nothing was written.',
  },
  SYNC_SEQUENCE_OUT_OF_RANGE: {
    zh: '设备 {deviceKey} 的结果包序号 {sequence} 超出允许范围（本单位上次导入序号 {last}，新序号最多为 {max}），已拒绝。如确属该设备，请先在本单位核实后重置其序号。',
    en: 'Bundle sequence {sequence} from device {deviceKey} is out of range (last imported {last}, at most {max} allowed). Refused. If it really is that device, check with it and reset its sequence first.',
  },
  OFFICE_DEVICE_UNKNOWN: {
    zh: '本单位没有导入过设备 {deviceKey} 的结果包，无需重置序号。',
    en: 'No bundle from device {deviceKey} was ever imported here; there is no sequence to reset.',
  },
  OFFICE_RESET_REASON_REQUIRED: {
    zh: '重置设备序号时必须写明原因（例如：误导入了序号异常的结果包）。',
    en: 'Resetting a device’s sequence needs a reason (for example: a bundle with a wrong sequence was imported).',
  },
} satisfies ErrorTexts;
