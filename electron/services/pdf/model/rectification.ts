import type { RectificationFinding } from '../../../../shared/domain/rectification/types';
import type { Hundredths } from '../../../../shared/domain/scoring/points';
import type { Rectification } from '../../../../shared/domain/templates/types';
import type { InspectionHeader, InstitutionHeader, PanelMember } from './common';

/** 整改通知书: the office orders the institution to rectify the listed findings by the deadline (R-YQ-06). */
export interface NoticeModel {
  kind: 'notice';
  rectificationUid: string;
  institution: { name: string; uscc: string | null; filingNo: string };
  roundName: string | null;
  inspectionDate: string;
  score: Hundredths | null;
  /** e.g. 暂时不予延续备案. */
  outcomeLabel: string;
  findings: RectificationFinding[];
  deadlineRule: Rectification;
  dueOn: string;
  /** Quoted verbatim. */
  basis: string;
  officeName: string;
  /** The notice's date, YYYY-MM-DD. */
  issuedOn: string;
  fingerprint?: string;
}

export type RecheckResult = 'fixed' | 'notFixed';

/** 整改复查记录: each listed finding of the rectification with what the follow-up inspection found. */
export interface RecheckModel {
  kind: 'recheck';
  institution: InstitutionHeader;
  inspection: InspectionHeader;
  rectification: { uid: string; inspectionDate: string; outcomeLabel: string; dueOn: string; scope: 'findings' | 'full' };
  findings: { finding: RectificationFinding; result: RecheckResult }[];
  score: Hundredths | null;
  outcomeLabel: string;
  panel: PanelMember[];
  fingerprint?: string;
}
