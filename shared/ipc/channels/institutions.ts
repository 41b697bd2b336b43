import { z } from 'zod';
import { channel } from '../define';

export const institutionKinds = ['enterprise', 'college', 'socialOrg'] as const;
export type InstitutionKind = (typeof institutionKinds)[number];

/** One row of the institution list: a filing of an institution (one legal entity may hold several). */
export interface InstitutionListRow {
  id: number;
  name: string;
  uscc: string;
  kind: InstitutionKind;
  filingNo: string;
  filingYear: number;
  validFrom: string | null;
  validTo: string | null;
  region: string | null;
  status: string;
  demo: boolean;
}

export const institutionListArgs = z
  .object({
    query: z.string().max(200).optional(),
    kind: z.enum(institutionKinds).optional(),
    limit: z.number().int().min(1).max(100_000).optional(),
  })
  .strict();

export const institutionChannels = {
  'institutions:list': channel(institutionListArgs, '评价机构列表(按名称/信用代码/备案号搜索)').returns<InstitutionListRow[]>(),
};
