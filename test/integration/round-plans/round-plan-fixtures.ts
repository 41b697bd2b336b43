import { copyFileSync } from 'node:fs';
import type { Database } from '../../../db/engine';
import { openDatabase } from '../../../db/open';
import { insertBatch } from '../../../db/repositories/batches';
import { insertExpert, type ExpertInput } from '../../../db/repositories/experts';
import { upsertFiledOccupation } from '../../../db/repositories/filed-occupations';
import { insertFiling } from '../../../db/repositories/filings';
import { insertInstitution } from '../../../db/repositories/institutions';
import { createHandlerContext, type HandlerContext } from '../../../electron/handlers/context';
import { sessionOverFile } from '../../../electron/handlers/database-session';
import { initOffice } from '../../../electron/services/sync/office/office-keys';
import type { InstitutionKind } from '../../../shared/domain/double-random/types';
import { usccCheckChar } from '../../../shared/domain/validation/uscc';
import { makeTempDir } from '../../support/temp';

export const OFFICE_NAME = '阳泉市人力资源和社会保障局';
export const PASSPHRASE = 'office-passphrase-1';
export const YEAR = 2026;

/** A valid USCC (GB 32100 check character) from a number, so the fixtures' institutions read like real ones. */
export function uscc(n: number): string {
  const first17 = `91140302${String(n).padStart(9, '0')}`;
  return `${first17}${usccCheckChar(first17) ?? '0'}`;
}

/** The rules the fixtures' rounds draw by: the year's renewals plus the R-SM-05 process check of its batches. */
export const PROCESS_RULES_PERCENT = { enterprise: 10, college: 0, socialOrg: 50 };

/**
 * Temporary files and one office database made once (office init generates two RSA-3072 keys, slow on a loaded
 * machine); every test copies it so each starts from the same empty office.
 */
export function officeTemplate() {
  const temp = makeTempDir('round-plans-');
  const template = temp.file('office-template.sqlite');
  const { db } = openDatabase(template, { create: true });
  initOffice(db, { officeName: OFFICE_NAME, passphrase: PASSPHRASE, now: new Date() });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  let copies = 0;
  const opened: Database[] = [];
  return {
    temp,
    /** A fresh copy of the empty office database: its path (closed). */
    copy(name = `office-${++copies}.sqlite`): string {
      const path = temp.file(name);
      copyFileSync(template, path);
      return path;
    },
    /** A fresh copy opened with the office app's handler context over it. */
    context(now: () => Date = () => new Date()): { ctx: HandlerContext; db: Database; path: string } {
      const path = this.copy();
      const { db } = openDatabase(path);
      opened.push(db);
      const ctx = createHandlerContext(sessionOverFile(db, { databasePath: path }), {
        databasePath: path,
        dataDir: temp.dir,
        appVersion: 'test',
        now,
        emit: () => undefined,
        openExternal: async () => undefined,
      });
      return { ctx, db, path };
    },
    cleanup(): void {
      for (const db of opened) if (db.open) db.close();
      temp.cleanup();
    },
  };
}

export interface SeededFiling {
  filingId: number;
  uscc: string;
  name: string;
}

function seedFiling(
  db: Database,
  input: {
    n: number;
    name: string;
    kind: InstitutionKind;
    region: string;
    validTo: string;
    demo?: boolean;
    occupation?: string;
    examDates?: string[];
  },
): SeededFiling {
  const code = uscc(input.n);
  const institutionId = insertInstitution(db, { uscc: code, name: input.name, region: input.region, demo: input.demo ?? false });
  const filingId = insertFiling(db, {
    institutionId,
    kind: input.kind,
    listedName: input.name,
    filingNo: `Y14030220${input.n}`,
    filingYear: 2021,
    validFrom: '2021-07-01',
    validTo: input.validTo,
  });
  const filedOccupationId = upsertFiledOccupation(db, { filingId, code: input.occupation ?? '6-31-01-03', name: '电工', levels: ['level4'] });
  (input.examDates ?? []).forEach((examDate, index) =>
    insertBatch(db, { filingId, filedOccupationId, level: 'level4', batchNo: `${examDate.slice(0, 4)}-${index + 1}`, examDate }),
  );
  return { filingId, uscc: code, name: input.name };
}

export function expert(code: string, overrides: Partial<ExpertInput> = {}): ExpertInput {
  return {
    code,
    name: `专家${code}`,
    idNumber: `1403021980010${code.replace(/\D/g, '').padStart(5, '0')}`,
    employerName: null,
    employerUscc: null,
    region: '太原市',
    specialties: ['6-31-01-03'],
    roles: ['lead', 'member'],
    active: true,
    deviceKey: null,
    conflicts: [],
    ...overrides,
  };
}

/**
 * A small province: A (enterprise, renewal due in the year, batches in it and the year before), B (social
 * organisation, valid beyond the year, two batches in it), C (college, renewal due), D (a demo institution due for
 * renewal: never drawn in a real office). Ten experts; ZJ00001 works for A, ZJ00002 declared a conflict with B by
 * name, ZJ00010 is inactive.
 */
export function seedProvince(db: Database) {
  const now = new Date().toISOString();
  const a = seedFiling(db, {
    n: 1,
    name: '阳泉市甲电力有限公司',
    kind: 'enterprise',
    region: '阳泉市城区',
    validTo: `${YEAR}-06-30`,
    examDates: [`${YEAR}-05-01`, `${YEAR}-09-01`, `${YEAR - 1}-05-01`],
  });
  const b = seedFiling(db, {
    n: 2,
    name: '阳泉市乙职业培训学校',
    kind: 'socialOrg',
    region: '阳泉市郊区',
    validTo: `${YEAR + 1}-12-31`,
    occupation: '4-10-01-02',
    examDates: [`${YEAR}-03-01`, `${YEAR}-04-01`],
  });
  const c = seedFiling(db, { n: 3, name: '阳泉职业技术学院', kind: 'college', region: '盂县', validTo: `${YEAR}-11-30` });
  const d = seedFiling(db, { n: 4, name: '演示评价机构', kind: 'enterprise', region: '平定县', validTo: `${YEAR}-03-01`, demo: true });
  const experts = [
    expert('ZJ00001', { employerName: a.name, employerUscc: a.uscc }),
    expert('ZJ00002', { conflicts: [{ relation: 'trained', uscc: null, name: '阳泉市乙职业培训学校', note: null }] }),
    expert('ZJ00003', { specialties: ['4-10-01-02'] }),
    expert('ZJ00004', { roles: ['member'] }),
    expert('ZJ00005', { roles: ['member'] }),
    expert('ZJ00006', { roles: ['member'], region: '阳泉市城区' }),
    expert('ZJ00007', { roles: ['lead'] }),
    expert('ZJ00008', { roles: ['member'], specialties: [] }),
    expert('ZJ00009', { roles: ['member'], employerName: '阳泉职业技术学院' }),
    expert('ZJ00010', { active: false }),
  ].map((input) => insertExpert(db, input, now));
  return { a, b, c, d, experts };
}

export const processRules = () => ({
  renewalWindow: { from: `${YEAR}-01-01`, to: `${YEAR}-12-31` },
  spotCheckPercent: { enterprise: 0, college: 0, socialOrg: 0 },
  processCheck: { year: YEAR, batchPercent: PROCESS_RULES_PERCENT },
  panel: { members: 2, maxPanelsPerExpert: 3, avoidSameRegion: false, avoidPreviousRound: true, previousRoundUid: null, preferSpecialists: true },
});

/** Opens the database at `path`, runs `work`, closes it (for CLI tests, which open the file themselves). */
export function withStore<T>(path: string, work: (db: Database) => T): T {
  const { db } = openDatabase(path);
  try {
    return work(db);
  } finally {
    db.close();
  }
}
