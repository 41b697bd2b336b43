import { z } from 'zod';
import { CONFLICT_RELATIONS, PANEL_ROLES, type DeclaredConflict, type PanelRole } from '../../domain/double-random/types';
import { channel } from '../define';

/** An expert of the pool (专家库) as the window shows it: the ID number masked (the store holds it in full). */
export interface ExpertView {
  id: number;
  code: string;
  name: string;
  /** e.g. 3701**********1234 */
  idNumberMasked: string;
  employerName: string | null;
  employerUscc: string | null;
  region: string | null;
  specialties: string[];
  roles: PanelRole[];
  active: boolean;
  /** The laptop the expert carries as panel leader (the round's pack goes to it). */
  deviceKey: string | null;
  conflicts: (DeclaredConflict & { note: string | null })[];
  updatedAt: string;
}

const uscc = z.string().trim().toUpperCase().length(18, 'ARG_USCC');
const occupationCode = z.string().regex(/^\d-\d{2}-\d{2}-\d{2}$/, 'ARG_OCCUPATION_CODE');

export const expertConflictArg = z
  .object({
    relation: z.enum(CONFLICT_RELATIONS),
    uscc: uscc.nullable(),
    name: z.string().trim().min(1).max(200).nullable(),
    note: z.string().trim().max(500).nullable(),
  })
  .strict()
  .refine((c) => c.uscc !== null || c.name !== null, 'ARG_CONFLICT_INSTITUTION');

export const expertSaveArgs = z
  .object({
    /** Absent: a new expert (idNumber then required). */
    id: z.number().int().positive().optional(),
    /** Absent on a new expert: the next free ZJ-number. */
    code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{1,40}$/, 'ARG_EXPERT_CODE')
      .optional(),
    name: z.string().trim().min(1).max(100),
    /** Absent on an existing expert: unchanged. */
    idNumber: z.string().trim().min(6).max(30).optional(),
    employerName: z.string().trim().min(1).max(200).nullable(),
    employerUscc: uscc.nullable(),
    region: z.string().trim().min(1).max(100).nullable(),
    specialties: z.array(occupationCode).max(50),
    roles: z.array(z.enum(PANEL_ROLES)).min(1).max(2),
    active: z.boolean(),
    deviceKey: z.string().trim().min(1).max(100).nullable(),
    conflicts: z.array(expertConflictArg).max(100),
  })
  .strict();

export const expertChannels = {
  'experts:list': channel(
    z.object({ query: z.string().max(100).optional(), activeOnly: z.boolean().optional() }).strict(),
    '专家库：全部专家（身份证号脱敏），按编号排序；导入用 import:* 的 experts 类型',
  ).reads<ExpertView[]>(),
  'experts:save': channel(expertSaveArgs, '专家库：新增或修改一名专家（含回避关系）').writes<ExpertView>(),
  'experts:setActive': channel(
    z.object({ id: z.number().int().positive(), active: z.boolean() }).strict(),
    '专家库：启用或停用一名专家（停用的专家不参加抽取）',
  ).writes<ExpertView>(),
};
