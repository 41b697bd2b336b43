/** The institution as printed in a form's header (机构名称 / 机构备案号 / 机构类别 / 备案时间). */
export interface InstitutionHeader {
  name: string;
  filingNo: string;
  /** 自主评价企业 / 自主评价院校 / 社会培训评价组织. */
  kindLabel: string;
  /** 备案时间 as printed, e.g. 2020年12月. */
  filedAt: string;
  uscc?: string | null;
}

export interface InspectionHeader {
  id: string;
  /** 核查日期, YYYY-MM-DD. */
  date: string;
  place?: string | null;
}

/** Someone who signs the sheet: the handwritten image and date, or blank lines to sign on paper. */
export interface Signer {
  name: string;
  /** YYYY-MM-DD; null while unsigned. */
  signedAt: string | null;
  /** Handwritten signature as PNG: a data URL or plain base64; null leaves a line to sign on paper. */
  signaturePng: string | null;
}

/** One member of the 专家评估组 in the signature block. */
export interface PanelMember extends Signer {
  /** 组长 / 成员. */
  role: string;
}
