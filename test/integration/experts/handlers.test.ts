import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findExpertByCode } from '../../../db/repositories/experts';
import { claimRole } from '../../../electron/services/sync/role';
import type { ExpertView } from '../../../shared/ipc/channels/experts';
import { makeTestContext, type TestContext } from '../../support/context';
import { dumpDatabase } from '../../support/dump';
import { callOk, expectRefused } from '../../support/handler-calls';
import { idNumberFor, usccFor } from '../../support/import-data';

let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
});
afterEach(() => ctx.cleanup());

const newExpert = (overrides: Record<string, unknown> = {}) => ({
  name: '王建国',
  idNumber: idNumberFor(101, '19700305'),
  employerName: '阳泉市职业技术学院',
  employerUscc: usccFor(9001),
  region: '城区',
  specialties: ['6-31-01-03', '4-10-01-02'],
  roles: ['lead', 'member'],
  active: true,
  deviceKey: null,
  conflicts: [{ relation: 'worked', uscc: usccFor(3), name: null, note: '2015–2019 在该校任教' }],
  ...overrides,
});

const save = (args: Record<string, unknown>) => callOk<ExpertView>(ctx, 'experts:save', args);

describe('experts:* handlers (专家库)', () => {
  it('saves a new expert with the next ZJ-number and shows the ID number only masked', async () => {
    const saved = await save(newExpert());
    const id = idNumberFor(101, '19700305');
    expect(saved).toMatchObject({
      code: 'ZJ00001',
      idNumberMasked: `${id.slice(0, 4)}**********${id.slice(-4)}`,
      specialties: ['4-10-01-02', '6-31-01-03'],
      conflicts: [{ relation: 'worked', uscc: usccFor(3), name: null, note: '2015–2019 在该校任教' }],
    });
    const listed = await callOk<ExpertView[]>(ctx, 'experts:list', {});
    // The full ID number never leaves main, in any field.
    expect(JSON.stringify(listed)).not.toContain(id);
    expect(JSON.stringify(saved)).not.toContain(id);
    expect(findExpertByCode(ctx.db, 'ZJ00001')?.idNumber).toBe(id);
    expect((await save(newExpert({ name: '刘秀英', idNumber: idNumberFor(102), conflicts: [] }))).code).toBe('ZJ00002');
  });

  it('updates every field and the conflicts; an absent ID number stays as stored', async () => {
    const saved = await save(newExpert());
    const updated = await save({
      ...newExpert({
        name: '王建国',
        region: '矿区',
        roles: ['member'],
        conflicts: [{ relation: 'related', uscc: null, name: '阳泉市热力有限责任公司', note: null }],
      }),
      id: saved.id,
      idNumber: undefined,
      code: 'YQ-01',
    });
    expect(updated).toMatchObject({ id: saved.id, code: 'YQ-01', region: '矿区', roles: ['member'], idNumberMasked: saved.idNumberMasked });
    expect(updated.conflicts).toEqual([{ relation: 'related', uscc: null, name: '阳泉市热力有限责任公司', note: null }]);
    expect((await callOk<ExpertView[]>(ctx, 'experts:list', {})).length).toBe(1);
  });

  it('refuses an ID number or a code another expert holds, a new expert without an ID number, an unknown id', async () => {
    const first = await save(newExpert());
    await save(newExpert({ name: '刘秀英', idNumber: idNumberFor(102), code: 'ZJ00050' }));
    // The same ID number written in full-width digits and lower-case x is still the same person.
    const sameId = idNumberFor(101, '19700305').replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    expect(await expectRefused(ctx, 'experts:save', newExpert({ idNumber: sameId }), 'EXPERT_ID_NUMBER_TAKEN')).toContain('ZJ00001');
    expect(await expectRefused(ctx, 'experts:save', newExpert({ idNumber: idNumberFor(103), code: 'ZJ00050' }), 'EXPERT_CODE_TAKEN')).toContain(
      '刘秀英',
    );
    await expectRefused(ctx, 'experts:save', { ...newExpert(), id: first.id, idNumber: idNumberFor(102) }, 'EXPERT_ID_NUMBER_TAKEN');
    await expectRefused(ctx, 'experts:save', newExpert({ idNumber: undefined }), 'EXPERT_ID_NUMBER_REQUIRED');
    await expectRefused(ctx, 'experts:save', { ...newExpert(), id: 999 }, 'EXPERT_NOT_FOUND');
    await expectRefused(ctx, 'experts:setActive', { id: 999, active: false }, 'EXPERT_NOT_FOUND');
    await expectRefused(ctx, 'experts:save', newExpert({ idNumber: idNumberFor(104), roles: [] }), 'INVALID_ARGS');
  });

  it('lists by query on name, code, employer or region, and only the active ones when asked', async () => {
    const wang = await save(newExpert());
    await save(newExpert({ name: '刘秀英', idNumber: idNumberFor(102), employerName: '阳泉市技师学院', region: '矿区', conflicts: [] }));
    await save(newExpert({ name: '赵志强', idNumber: idNumberFor(103), employerName: null, region: '郊区', conflicts: [] }));
    const names = async (args: object) => (await callOk<ExpertView[]>(ctx, 'experts:list', args)).map((e) => e.name);
    expect(await names({ query: '刘' })).toEqual(['刘秀英']);
    expect(await names({ query: 'zj00003' })).toEqual(['赵志强']);
    expect(await names({ query: '技师学院' })).toEqual(['刘秀英']);
    expect(await names({ query: '郊区' })).toEqual(['赵志强']);
    expect(await names({ query: '学院' })).toEqual(['王建国', '刘秀英']);
    const off = await callOk<ExpertView>(ctx, 'experts:setActive', { id: wang.id, active: false });
    expect(off.active).toBe(false);
    expect(await names({ activeOnly: true })).toEqual(['刘秀英', '赵志强']);
    expect(await names({})).toEqual(['王建国', '刘秀英', '赵志强']);
  });

  it("a laptop's database reads the pool but refuses every write", async () => {
    const wang = await save(newExpert());
    claimRole(ctx.db, 'field');
    const before = dumpDatabase(ctx.db);
    expect(await callOk<ExpertView[]>(ctx, 'experts:list', {})).toHaveLength(1);
    await expectRefused(ctx, 'experts:save', newExpert({ idNumber: idNumberFor(102) }), 'SYNC_ROLE_MISMATCH');
    await expectRefused(ctx, 'experts:setActive', { id: wang.id, active: false }, 'SYNC_ROLE_MISMATCH');
    expect(dumpDatabase(ctx.db)).toBe(before);
  });

  it('an office database writes the pool', async () => {
    claimRole(ctx.db, 'office');
    expect((await save(newExpert())).code).toBe('ZJ00001');
  });
});
