import fc from 'fast-check';
import {
  defaultRoundRules,
  EXPERT_DIRECTORY_FORMAT,
  INSTITUTION_DIRECTORY_FORMAT,
  type DirectoryExpert,
  type DirectoryFiling,
  type ExpertDirectory,
  type InstitutionDirectory,
  type InstitutionKind,
  type RoundRules,
} from '../../../../shared/domain/double-random';

export { chiSquare, fixedSeed, seedArb } from '../population-fixtures';

export const OCCUPATIONS = ['4-10-01-02', '4-10-01-05', '4-03-02-01', '4-10-03-01'];
const KINDS: InstitutionKind[] = ['enterprise', 'college', 'socialOrg'];

/** USCC-like code of institution number `n` (18 characters, upper-case). */
export const usccOf = (n: number): string => `91370100MA${String(n).padStart(8, '0')}`;
export const institutionNameOf = (n: number): string => `山东第${n}技能评价（有限）公司`;

export function filing(n: number, overrides: Partial<DirectoryFiling> = {}): DirectoryFiling {
  return {
    filingId: n,
    filingNo: `BA-${String(n).padStart(5, '0')}`,
    uscc: usccOf(n),
    institutionName: institutionNameOf(n),
    listedName: institutionNameOf(n),
    kind: KINDS[n % 3] as InstitutionKind,
    region: `地区${n % 4}`,
    validTo: null,
    occupationCodes: [OCCUPATIONS[n % OCCUPATIONS.length] as string],
    batches: [],
    ...overrides,
  };
}

export function expert(n: number, overrides: Partial<DirectoryExpert> = {}): DirectoryExpert {
  return {
    code: `E${String(n).padStart(4, '0')}`,
    name: `专家${n}`,
    employerName: `某大学${n}`,
    employerUscc: `12370000PB${String(n).padStart(8, '0')}`,
    region: `地区${n % 5}`,
    specialties: [OCCUPATIONS[n % OCCUPATIONS.length] as string],
    roles: ['lead', 'member'],
    active: true,
    conflicts: [],
    previousRoundUsccs: [],
    ...overrides,
  };
}

export const institutions = (filings: DirectoryFiling[]): InstitutionDirectory => ({ format: INSTITUTION_DIRECTORY_FORMAT, filings });
export const experts = (list: DirectoryExpert[]): ExpertDirectory => ({ format: EXPERT_DIRECTORY_FORMAT, experts: list });

/** Rules with nothing selected by default: tests switch on what they prove. */
export function rules(overrides: { [K in keyof RoundRules]?: Partial<RoundRules[K]> } = {}): RoundRules {
  const base = defaultRoundRules(2026);
  return {
    renewalWindow: overrides.renewalWindow === undefined ? null : (overrides.renewalWindow as RoundRules['renewalWindow']),
    spotCheckPercent: { ...base.spotCheckPercent, ...overrides.spotCheckPercent },
    processCheck: overrides.processCheck === undefined ? null : (overrides.processCheck as RoundRules['processCheck']),
    panel: { ...base.panel, avoidPreviousRound: false, preferSpecialists: false, ...overrides.panel },
  };
}

/** The input in another order: filings, experts and every list inside them reversed. */
export function reversedDirectories(i: InstitutionDirectory, e: ExpertDirectory): [InstitutionDirectory, ExpertDirectory] {
  return [
    institutions(i.filings.map((f) => ({ ...f, occupationCodes: [...f.occupationCodes].reverse(), batches: [...f.batches].reverse() })).reverse()),
    experts(
      e.experts
        .map((x) => ({
          ...x,
          specialties: [...x.specialties].reverse(),
          roles: [...x.roles].reverse(),
          conflicts: [...x.conflicts].reverse(),
          previousRoundUsccs: [...x.previousRoundUsccs].reverse(),
        }))
        .reverse(),
    ),
  ];
}

// ----- arbitraries: small pools where 回避 often bites -----

const INSTITUTION_COUNT = 8;

/** A name as people write it: the canonical one, or with ASCII brackets, spaces or full-width letters. */
function nameVariant(n: number, variant: number): string {
  const name = institutionNameOf(n);
  if (variant === 1) return name.replace('（', '(').replace('）', ')');
  if (variant === 2) return ` ${name.slice(0, 3)} ${name.slice(3)} `;
  return name;
}

const usccVariant = (n: number, lower: boolean) => (lower ? usccOf(n).toLowerCase() : usccOf(n));

export const filingsArb = fc
  .uniqueArray(fc.integer({ min: 1, max: INSTITUTION_COUNT }), { minLength: 1, maxLength: INSTITUTION_COUNT })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc
          .record({
            region: fc.constantFrom('济南', '青岛', null),
            occupationCodes: fc.uniqueArray(fc.constantFrom(...OCCUPATIONS), { minLength: 1, maxLength: 2 }),
          })
          .map((extra) => filing(id, extra)),
      ),
    ),
  );

const conflictArb = fc.record({
  relation: fc.constantFrom('worked' as const, 'trained' as const, 'related' as const, 'other' as const),
  target: fc.integer({ min: 1, max: INSTITUTION_COUNT }),
  by: fc.constantFrom('uscc', 'name', 'both'),
  variant: fc.integer({ min: 0, max: 2 }),
  lower: fc.boolean(),
});

export const expertsArb = fc
  .uniqueArray(
    fc.record({
      n: fc.integer({ min: 1, max: 60 }),
      employer: fc.option(
        fc.record({ target: fc.integer({ min: 1, max: INSTITUTION_COUNT * 2 }), byName: fc.boolean(), variant: fc.integer({ min: 0, max: 2 }) }),
      ),
      region: fc.constantFrom('济南', '青岛', '烟台', null),
      specialties: fc.uniqueArray(fc.constantFrom(...OCCUPATIONS), { maxLength: 2 }),
      roles: fc.subarray(['lead', 'member'] as const, { minLength: 1 }),
      active: fc.integer({ min: 0, max: 9 }).map((v) => v !== 0),
      conflicts: fc.array(conflictArb, { maxLength: 2 }),
      previous: fc.uniqueArray(fc.integer({ min: 1, max: INSTITUTION_COUNT }), { maxLength: 2 }),
      lower: fc.boolean(),
    }),
    { selector: (x) => x.n, minLength: 0, maxLength: 14 },
  )
  .map((list) =>
    list.map((x) =>
      expert(x.n, {
        employerName: x.employer ? (x.employer.byName ? nameVariant(x.employer.target, x.employer.variant) : `某单位${x.employer.target}`) : null,
        employerUscc: x.employer && !x.employer.byName ? usccVariant(x.employer.target, x.lower) : null,
        region: x.region,
        specialties: x.specialties,
        roles: [...x.roles],
        active: x.active,
        conflicts: x.conflicts.map((c) => ({
          relation: c.relation,
          uscc: c.by === 'name' ? null : usccVariant(c.target, c.lower),
          name: c.by === 'uscc' ? null : nameVariant(c.target, c.variant),
        })),
        previousRoundUsccs: x.previous.map(usccOf),
      }),
    ),
  );

export const panelRulesArb = fc.record({
  members: fc.integer({ min: 0, max: 4 }),
  maxPanelsPerExpert: fc.integer({ min: 1, max: 3 }),
  avoidSameRegion: fc.boolean(),
  avoidPreviousRound: fc.boolean(),
  preferSpecialists: fc.boolean(),
});
