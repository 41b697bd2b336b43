import type { Database } from './engine';
import { GENESIS_HASH, hashAuditEntry } from './audit-hash';
import { findStateMismatch } from './audit-state-check';
import { getMeta, META_KEYS } from './repositories/app-meta';
import { iterateAudit } from './repositories/audit-log';

export interface AuditProblem {
  /** Sequence number of the first entry that does not fit (for a missing tail: the last one recorded in app_meta). */
  seq: number;
  /** 1-based position in the log as read. */
  position: number;
  reason: string;
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  headHash: string | null;
  firstProblem: AuditProblem | null;
}

/**
 * Recomputes the hash chain from the first entry. Any edit (hash mismatch), deletion (gap in seq or a missing tail
 * against app_meta.audit_head), insertion (prev_hash mismatch / seq gap) or reordering (seq out of order and
 * prev_hash mismatch) stops the walk at the first entry that does not fit. Someone who rewrites the whole chain
 * and app_meta consistently is not detectable here; the signed result bundle (sync issue) covers that case.
 * Then the rows themselves: from the first entry that carries a state (migration 0011) every entry must carry one,
 * and each inspection's rows must still hash to the state its newest entry recorded (db/audit-state-check.ts).
 */
export function verifyAuditLog(db: Database): AuditVerification {
  let expectedSeq = 1;
  let previousHash = GENESIS_HASH;
  let position = 0;
  let stateSince: number | null = null;
  const fail = (seq: number, reason: string): AuditVerification => ({
    ok: false,
    entries: position,
    headHash: null,
    firstProblem: { seq, position, reason },
  });
  for (const entry of iterateAudit(db)) {
    position += 1;
    if (entry.seq !== expectedSeq) {
      return fail(entry.seq, `第 ${position} 条审计记录序号为 ${entry.seq}，应为 ${expectedSeq}:记录被删除、插入或调换了顺序`);
    }
    if (entry.prevHash !== previousHash) {
      return fail(entry.seq, `审计记录 #${entry.seq} 的前一哈希与上一条记录不符：记录被插入、删除或调换了顺序`);
    }
    const { hash, ...fields } = entry;
    if (hashAuditEntry(fields) !== hash) {
      return fail(entry.seq, `审计记录 #${entry.seq} 的内容与其哈希不符：记录被修改`);
    }
    if (entry.stateJson !== null) stateSince ??= entry.seq;
    else if (stateSince !== null) {
      return fail(entry.seq, `审计记录 #${entry.seq} 没有记录核查数据的状态，而 #${stateSince} 起的每条记录都应有：记录是伪造的`);
    }
    previousHash = hash;
    expectedSeq += 1;
  }
  const head = getMeta(db, META_KEYS.auditHead);
  const actualHead = position === 0 ? null : `${expectedSeq - 1}:${previousHash}`;
  if (head !== actualHead) {
    const recordedSeq = head ? Number(head.split(':')[0]) : 0;
    return fail(
      recordedSeq,
      head
        ? `审计日志末尾与记录的最新条目（#${recordedSeq}）不符：末尾的记录被删除或追加了伪造记录`
        : '审计日志中有记录，但没有登记最新条目：日志被伪造',
    );
  }
  const mismatch = findStateMismatch(db);
  if (mismatch) return fail(mismatch.seq, mismatch.reason);
  return { ok: true, entries: position, headHash: position === 0 ? null : previousHash, firstProblem: null };
}
