import type { ScoreResult } from '../../../../shared/domain/scoring/result';
import type { Template } from '../../../../shared/domain/templates/types';
import type { InspectionHeader, InstitutionHeader, PanelMember, Signer } from './common';

/** 评估表 filled with the inspector's scores, in the template's official layout. */
export interface SheetModel {
  kind: 'sheet';
  template: Template;
  result: ScoreResult;
  institution: InstitutionHeader;
  inspection: InspectionHeader;
  panel: PanelMember[];
  /** 被评估机构负责人's signature, printed under the panel's; null leaves it blank to sign on paper. */
  representative: Signer | null;
  /** Short hash of the signed record, printed on every page; computed from the model when absent. */
  fingerprint?: string;
}

/** The same form with empty score cells, for a paper fallback. */
export interface BlankModel {
  kind: 'blank';
  template: Template;
  fingerprint?: string;
}
