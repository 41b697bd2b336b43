/** 企业技能人才自主评价续期备案申请表 (000 附件1, R-AP-01). Unknown answers stay null and print as blanks. */
export interface ApplicationModel {
  kind: 'application';
  enterpriseName: string;
  uscc: string;
  /** 央企分支机构 / 省辖企业. */
  enterpriseType: 'central' | 'provincial' | null;
  filingNo: string;
  contact: string | null;
  phone: string | null;
  address: string | null;
  qualificationChanged: boolean | null;
  changedItems: string | null;
  creditGood: boolean | null;
  validFrom: string | null;
  validTo: string | null;
  evaluated: boolean | null;
  notEvaluatedReason: string | null;
  entrusted: boolean | null;
  entrustedDetails: string | null;
  /** Certificates issued this filing period per level label (学徒工 … 首席技师). */
  certificatesByLevel: Record<string, number>;
  holders: number | null;
  employees: number | null;
  willingToContinue: boolean | null;
  fingerprint?: string;
}
