import type { ConflictRelation, PanelRole } from '../../../../shared/domain/double-random/types';
import type { ExpertView } from '../../../../shared/ipc/channels/experts';
import type { ArgsOf } from '../../../../shared/ipc/contract';
import { routeHref } from '../../app/router/routes';

/** The import page for the expert pool (the import kind `experts`); the one place the window names it. */
export const EXPERT_IMPORT_HREF = routeHref({ name: 'import', kind: 'experts' });

export interface ConflictRow {
  relation: ConflictRelation;
  uscc: string;
  name: string;
  note: string;
}

/** The expert form as typed: every field a string or flag, turned into experts:save's arguments only on save. */
export interface ExpertFormValues {
  code: string;
  name: string;
  /** Empty on an existing expert: the stored number stays (the window only ever sees it masked). */
  idNumber: string;
  employerName: string;
  employerUscc: string;
  region: string;
  /** Occupation codes, comma separated (中英文逗号、顿号或空格均可). */
  specialties: string;
  lead: boolean;
  member: boolean;
  active: boolean;
  deviceKey: string;
  conflicts: ConflictRow[];
}

export type ExpertSaveArgs = ArgsOf<'experts:save'>;

export const emptyConflict = (): ConflictRow => ({ relation: 'worked', uscc: '', name: '', note: '' });

export function emptyExpertForm(): ExpertFormValues {
  return {
    code: '',
    name: '',
    idNumber: '',
    employerName: '',
    employerUscc: '',
    region: '',
    specialties: '',
    lead: false,
    member: true,
    active: true,
    deviceKey: '',
    conflicts: [],
  };
}

export function formFromExpert(expert: ExpertView): ExpertFormValues {
  return {
    code: expert.code,
    name: expert.name,
    idNumber: '',
    employerName: expert.employerName ?? '',
    employerUscc: expert.employerUscc ?? '',
    region: expert.region ?? '',
    specialties: expert.specialties.join(', '),
    lead: expert.roles.includes('lead'),
    member: expert.roles.includes('member'),
    active: expert.active,
    deviceKey: expert.deviceKey ?? '',
    conflicts: expert.conflicts.map((c) => ({ relation: c.relation, uscc: c.uscc ?? '', name: c.name ?? '', note: c.note ?? '' })),
  };
}

/** "4-07-05-02, 4-07-05-03；…" → distinct codes in the order written. */
export function parseSpecialties(text: string): string[] {
  return [...new Set(text.split(/[\s,，、;；]+/).filter(Boolean))];
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** What the form refuses before asking main (main checks everything again and names what it refuses). */
export type ExpertFormProblem = 'needName' | 'needIdNumber' | 'needRole' | 'conflictNeedsInstitution';

export function expertFormProblem(values: ExpertFormValues, isNew: boolean): ExpertFormProblem | null {
  if (values.name.trim() === '') return 'needName';
  if (isNew && values.idNumber.trim() === '') return 'needIdNumber';
  if (!values.lead && !values.member) return 'needRole';
  if (values.conflicts.some((c) => c.uscc.trim() === '' && c.name.trim() === '')) return 'conflictNeedsInstitution';
  return null;
}

/** experts:save's arguments; `id` absent for a new expert, and an empty code or ID number left for main to keep or assign. */
export function expertSaveArgsFromForm(values: ExpertFormValues, id?: number): ExpertSaveArgs {
  const roles: PanelRole[] = [...(values.lead ? (['lead'] as const) : []), ...(values.member ? (['member'] as const) : [])];
  return {
    ...(id !== undefined ? { id } : {}),
    ...(values.code.trim() ? { code: values.code.trim() } : {}),
    name: values.name.trim(),
    ...(values.idNumber.trim() ? { idNumber: values.idNumber.trim() } : {}),
    employerName: orNull(values.employerName),
    employerUscc: orNull(values.employerUscc)?.toUpperCase() ?? null,
    region: orNull(values.region),
    specialties: parseSpecialties(values.specialties),
    roles,
    active: values.active,
    deviceKey: orNull(values.deviceKey),
    conflicts: values.conflicts.map((c) => ({
      relation: c.relation,
      uscc: orNull(c.uscc)?.toUpperCase() ?? null,
      name: orNull(c.name),
      note: orNull(c.note),
    })),
  };
}
