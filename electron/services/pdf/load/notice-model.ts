import type { Database } from '../../../../db/engine';
import { getRound } from '../../../../db/repositories/assessment-rounds';
import { getFiling } from '../../../../db/repositories/filings';
import { getInstitution } from '../../../../db/repositories/institutions';
import type { RectificationRecord } from '../../../../db/repositories/rectifications';
import { AppError } from '../../../../shared/errors';
import { recordFingerprint } from '../fingerprint';
import type { NoticeModel } from '../model/rectification';

/** 整改通知书 of a stored rectification, dated `issuedOn`, in the office's name. */
export function loadNoticeModel(db: Database, rectification: RectificationRecord, officeName: string, issuedOn: string): NoticeModel {
  const filing = getFiling(db, rectification.filingId);
  const institution = filing ? getInstitution(db, filing.institutionId) : null;
  if (!filing || !institution)
    throw new AppError('NOT_FOUND', {
      reason: 'NOT_FOUND_INSTITUTION_OR_FILING',
      institutionId: filing?.institutionId ?? 0,
      filingId: rectification.filingId,
    });
  const model: NoticeModel = {
    kind: 'notice',
    rectificationUid: rectification.uid,
    institution: { name: filing.listedName || institution.name, uscc: institution.uscc || null, filingNo: filing.filingNo },
    roundName: rectification.roundUid ? (getRound(db, rectification.roundUid)?.name ?? null) : null,
    inspectionDate: rectification.inspectionDate,
    score: rectification.scoreHundredths,
    outcomeLabel: rectification.outcomeLabel,
    findings: rectification.findings,
    deadlineRule: rectification.deadlineRule,
    dueOn: rectification.dueOn,
    basis: rectification.basis,
    officeName,
    issuedOn,
  };
  return { ...model, fingerprint: recordFingerprint(model) };
}
