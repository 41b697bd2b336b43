import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, HOLIDAYS_CN } from '../../../shared/domain/deadlines';
import { autoFindings, type FindingsFiling } from '../../../shared/domain/findings';
import { getTemplate, type Template } from '../../../shared/domain/templates';

const calendar = createWorkingCalendar(HOLIDAYS_CN);
const shanxi = getTemplate('shanxi-renewal-2023');
const shandong = getTemplate('shandong-enterprise-2024');

const inTime = { planFiledOn: '2023-09-01', examDate: '2023-09-18', publicityStart: '2023-09-18', publicityEnd: '2023-09-22' };
const batch = (id: number, batchNo: string, fields: Partial<FindingsFiling['batches'][number]> = {}): FindingsFiling['batches'][number] => ({
  id,
  batchNo,
  level: 'level5',
  filedOccupationId: 1,
  ...inTime,
  ...fields,
});

const filing: FindingsFiling = {
  occupations: [
    { id: 1, code: '4-10-01-02', name: '育婴员', levels: ['level5'], origin: 'filed' },
    { id: 2, code: '4-03-02-01', name: '中式烹调师', levels: [], origin: 'unfiled' },
  ],
  batches: [
    // Exam Monday 2023-09-18: the plan was due by 2023-09-11, five working days before; filed a day late.
    batch(11, '2023-001', { planFiledOn: '2023-09-12' }),
    // Publicity Monday to Thursday: four working days.
    batch(12, '2023-002', { publicityStart: '2023-09-04', publicityEnd: '2023-09-07' }),
    batch(13, '2023-003', { level: 'level4' }),
    batch(14, '2023-004', { filedOccupationId: 2 }),
    batch(15, '2023-005'),
  ],
};

const summary = (template: Pick<Template, 'autoFindings'>, of: FindingsFiling = filing) =>
  autoFindings(template, of, calendar).map((f) => [f.rule, f.batchNo, f.target]);

describe('automatic findings read the form (template.autoFindings) and the calendar passed in', () => {
  it('R-DL-09 a plan filed late goes to the deduction rule the Shanxi form names (3.1.3 a)', () => {
    const found = autoFindings(shanxi, filing, calendar).filter((f) => f.rule === 'R-DL-09');
    expect(found.map((f) => [f.key, f.batchNo, f.target])).toEqual([['plan-11', '2023-001', { kind: 'deduction', itemId: '3.1.3', ruleId: 'a' }]]);
    expect(found[0]?.message).toMatch(/^批次2023-001：.*最迟应于 2023-09-11 报送/);
  });

  it('R-DL-08 a publicity shorter than 5 working days goes to the rule the Shanxi form names (3.2.1 a)', () => {
    const found = autoFindings(shanxi, filing, calendar).filter((f) => f.rule === 'R-DL-08');
    expect(found.map((f) => [f.key, f.batchNo, f.target])).toEqual([['pub-12', '2023-002', { kind: 'deduction', itemId: '3.2.1', ruleId: 'a' }]]);
    expect(found[0]?.message).toContain('仅 4 个工作日');
  });

  it('R-INS-03 a batch at an unfiled level or of an unfiled occupation goes to the veto the form names', () => {
    const found = autoFindings(shanxi, filing, calendar).filter((f) => f.rule === 'R-INS-03');
    expect(found.map((f) => [f.key, f.batchNo, f.target])).toEqual([
      ['scope-13', '2023-003', { kind: 'veto', vetoId: '四(一)3' }],
      ['scope-14', '2023-004', { kind: 'veto', vetoId: '四(一)3' }],
    ]);
    expect(found[0]?.message).toContain('不在备案等级（五级/初级工）之内');
    expect(found[1]?.message).toContain('中式烹调师（4-03-02-01）不在备案职业（工种）范围内');
  });

  it('R-INS-03 a scope derived from the batches is not compared with', () => {
    const derived: FindingsFiling = { ...filing, occupations: filing.occupations.map((o) => ({ ...o, origin: 'derived' as const })) };
    expect(summary(shanxi, derived).filter(([rule]) => rule === 'R-INS-03')).toEqual([]);
  });

  it('R-DL-08 R-DL-09 R-INS-03 a form offers only the kinds it lists: Shandong has only the scope veto (6.2)', () => {
    expect(summary(shandong)).toEqual([
      ['R-INS-03', '2023-003', { kind: 'veto', vetoId: '6.2' }],
      ['R-INS-03', '2023-004', { kind: 'veto', vetoId: '6.2' }],
    ]);
  });

  it('R-DL-08 R-DL-09 R-INS-03 the targets are whatever the form data says, in batch order, and none without entries', () => {
    const target = { kind: 'deduction', itemId: 'X.1', ruleId: 'b' } as const;
    const form = {
      autoFindings: [
        { finding: 'outOfScope', target },
        { finding: 'planLate', target },
      ],
    } as const satisfies Pick<Template, 'autoFindings'>;
    expect(summary(form)).toEqual([
      ['R-DL-09', '2023-001', target],
      ['R-INS-03', '2023-003', target],
      ['R-INS-03', '2023-004', target],
    ]);
    expect(summary({ autoFindings: [] })).toEqual([]);
  });

  it('R-DL-08 one kind offered at two places gives two findings with distinct keys', () => {
    const veto = { kind: 'veto', vetoId: 'V1' } as const;
    const rule = { kind: 'deduction', itemId: 'X.1', ruleId: 'a' } as const;
    const found = autoFindings(
      {
        autoFindings: [
          { finding: 'publicityShort', target: rule },
          { finding: 'publicityShort', target: veto },
        ],
      },
      filing,
      calendar,
    );
    expect(found.map((f) => [f.key, f.target])).toEqual([
      ['pub-12', rule],
      ['pub-12-1', veto],
    ]);
  });

  it('R-DL-08 counts working days in the calendar it is given, not a built-in one', () => {
    const mondayToFriday: FindingsFiling = {
      ...filing,
      batches: [batch(21, '2023-101', { publicityStart: '2023-09-04', publicityEnd: '2023-09-08' })],
    };
    const weekendsOnly = createWorkingCalendar({ version: 'test', holidays: [], makeupWorkdays: [] });
    const withHoliday = createWorkingCalendar({ version: 'test', holidays: ['2023-09-06'], makeupWorkdays: [] });
    expect(autoFindings(shanxi, mondayToFriday, weekendsOnly)).toEqual([]);
    expect(autoFindings(shanxi, mondayToFriday, withHoliday).map((f) => f.rule)).toEqual(['R-DL-08']);
  });
});
