import { demoSignaturePng } from '../../db/demo/signature-image';
import { score } from '../../shared/domain/scoring';
import type { Item, Template } from '../../shared/domain/templates/types';
import type { AppendixModel } from '../../electron/services/pdf/model/appendix';
import type { ApplicationModel } from '../../electron/services/pdf/model/application';
import type { PanelMember, Signer } from '../../electron/services/pdf/model/common';
import type { SheetModel } from '../../electron/services/pdf/model/sheet';
import type { StatsModel } from '../../electron/services/pdf/model/stats';
import type { SummaryModel } from '../../electron/services/pdf/model/summary';
import { getTemplate } from '../../shared/domain/templates';

const shanxiRenewal2023 = getTemplate('shanxi-renewal-2023');
const shandongEnterprise2024 = getTemplate('shandong-enterprise-2024');

// Small report models for the PDF tests and the bench: scored through the real score() on the real templates.

/** A 1×1 black PNG, enough to exercise the signature image path. */
export const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

function answerFor(item: Item, index: number): Record<string, unknown> | undefined {
  switch (item.scoring.kind) {
    case 'tiered':
      return index % 3 === 0
        ? { tier: '2', points: Math.max(1, item.maxPoints / 100 - 1), selfScore: item.maxPoints / 100 }
        : { tier: '1', selfScore: item.maxPoints / 100 };
    case 'deduction': {
      const first = item.scoring.rules[0];
      if (index % 4 !== 1 || !first) return { deductions: {} };
      const unit =
        first.per === 'batch'
          ? { kind: 'batch', id: 'PC-2023-014' }
          : first.per === 'occupation'
            ? { kind: 'occupation', id: '4-10-01-02' }
            : undefined;
      return { deductions: { [first.id]: [{ count: 1, ...(unit ? { unit } : {}), note: '抽查发现' }] } };
    }
    case 'ratioBracket':
      return { issued: 120, uploaded: 110, selfScore: 7 };
    case 'unitRatioDeduction':
      return {
        units: [
          { id: '4-10-01-02', own: 1, total: 4 },
          { id: '4-01-02-01', own: 3, total: 3 },
        ],
      };
    case 'shared':
      return undefined;
  }
}

function allAnswers(template: Template): Record<string, unknown> {
  const items: Record<string, unknown> = {};
  let index = 0;
  for (const section of template.sections) {
    for (const group of section.groups) {
      for (const item of group.items) {
        const answer = answerFor(item, index++);
        if (answer) items[item.id] = answer;
      }
    }
  }
  const vetoes = Object.fromEntries(template.vetoes.map((veto) => [veto.id, { answer: '否' }]));
  const penalties = template.penalties.length > 0 ? { [template.penalties[0]?.id ?? '5']: [{ count: 1, note: '委托评价未备案' }] } : undefined;
  return { templateId: template.id, items, vetoes, ...(penalties ? { penalties } : {}), context: { filingYear: 2020 } };
}

export function panel(count = 3): PanelMember[] {
  const names = ['张三', '李四', '王五'];
  return names.slice(0, count).map((name, i) => ({ name, role: i === 0 ? '组长' : '成员', signedAt: '2023-09-12', signaturePng: TINY_PNG }));
}

/** 被评估机构负责人, signed with a handwritten-looking image (the demo's generator), so the sheet shows a real signature. */
export function representative(name = '刘建国'): Signer {
  return { name, signedAt: '2023-09-12', signaturePng: Buffer.from(demoSignaturePng(name)).toString('base64') };
}

function sheetModel(
  template: Template,
  institution: SheetModel['institution'],
  inspection: SheetModel['inspection'],
  signers: number,
  signedBy: Signer | null,
): SheetModel {
  return {
    kind: 'sheet',
    template,
    result: score(template, allAnswers(template)),
    institution,
    inspection,
    panel: panel(signers),
    representative: signedBy,
  };
}

/** Signed by the panel and the institution's representative. */
export function shanxiSheetModel(): SheetModel {
  return sheetModel(
    shanxiRenewal2023,
    { name: '阳泉市非凡职业培训学校', filingNo: 'S140300202012001', kindLabel: '社会培训评价组织', filedAt: '2020年12月' },
    { id: 'INS-2023-0007', date: '2023-09-12', place: '阳泉市城区' },
    3,
    representative(),
  );
}

/** Signed by the panel; the representative's block is left blank to sign on paper. */
export function shandongSheetModel(): SheetModel {
  return sheetModel(
    shandongEnterprise2024,
    { name: '山东鲁能重工有限公司', filingNo: 'Q370100202106003', kindLabel: '自主评价企业', filedAt: '2021年6月' },
    { id: 'INS-2024-0031', date: '2024-06-20' },
    2,
    null,
  );
}

export function appendixModel(): AppendixModel {
  return {
    kind: 'appendix',
    templateTitle: shanxiRenewal2023.title,
    institution: { name: '阳泉市非凡职业培训学校', filingNo: 'S140300202012001', kindLabel: '社会培训评价组织', filedAt: '2020年12月' },
    inspection: { id: 'INS-2023-0007', date: '2023-09-12' },
    draws: [
      {
        ruleId: 'R-SM-01',
        ruleText: '随机抽查3个不同职业(工种)不同等级批次,抽查总人数不低于20人',
        itemIds: ['3.3.1', '3.6.1'],
        seed: '9f2c4e0b7a1d3c5e9f2c4e0b7a1d3c5e9f2c4e0b7a1d3c5e9f2c4e0b7a1d3c5e',
        algorithm: 'skill-inspector/sample/v1',
        populationHash: 'b1946ac92492d2347c6235b4d2611184b1946ac92492d2347c6235b4d2611184',
        populationSize: 17,
        requested: '3个批次,至少20名考生',
        drawnAt: '2023-09-12 09:41',
        units: [
          { id: 'PC-2023-014', label: '保育师 四级 2023-03-18 考生 9 人' },
          { id: 'PC-2023-021', label: '育婴员 五级 2023-05-06 考生 8 人' },
          { id: 'PC-2023-030', label: '美容师 三级 2023-07-22 考生 6 人' },
        ],
        relaxations: [],
      },
      {
        ruleId: 'R-SM-03',
        ruleText: '随机抽查3个职业(工种)题库',
        itemIds: ['3.7.1'],
        seed: '04aa7f1e22c0d9b8514e3a6f0c8d2b7e04aa7f1e22c0d9b8514e3a6f0c8d2b7e',
        algorithm: 'skill-inspector/sample/v1',
        populationHash: '5d41402abc4b2a76b9719d911017c5925d41402abc4b2a76b9719d911017c592',
        populationSize: 2,
        requested: '3个职业(工种)',
        drawnAt: '2023-09-12 10:05',
        units: [
          { id: '4-10-01-02', label: '保育师' },
          { id: '4-10-01-01', label: '育婴员' },
        ],
        relaxations: ['备案职业仅2个,少于规则要求的3个:已全部抽取'],
      },
    ],
    findings: [
      { itemId: '3.6.1', unit: '批次 PC-2023-014', description: '试卷未密封进行阅卷', deducted: 400 },
      { itemId: '3.6.2', unit: '考生 2023014007', description: '统分登分错误1例', deducted: 20 },
      { itemId: '1.2.1', unit: null, description: '未落实承诺事项1项', deducted: 50 },
    ],
  };
}

export function applicationModel(): ApplicationModel {
  return {
    kind: 'application',
    enterpriseName: '山东鲁能重工有限公司',
    uscc: '91370100MA3C1234X5',
    enterpriseType: 'provincial',
    filingNo: 'Q370100202106003',
    contact: '赵六',
    phone: '0531-88990011',
    address: '济南市历城区工业北路 100 号',
    qualificationChanged: false,
    changedItems: null,
    creditGood: true,
    validFrom: '2021-06-30',
    validTo: '2024-06-29',
    evaluated: true,
    notEvaluatedReason: null,
    entrusted: false,
    entrustedDetails: null,
    certificatesByLevel: { 初级: 120, 中级: 86, 高级: 40, 技师: 12, 高级技师: 3 },
    holders: 261,
    employees: 1200,
    willingToContinue: true,
  };
}

export function statsModel(): StatsModel {
  return {
    kind: 'stats',
    institution: { name: '阳泉市非凡职业培训学校', filingNo: 'S140300202012001', kindLabel: '社会培训评价组织', filedAt: '2020年12月' },
    rows: [
      {
        occupationName: '保育师',
        occupationCode: '4-10-01-02',
        workType: '保育师',
        batches: 6,
        persons: 152,
        certifiedTotal: 140,
        certifiedByLevel: [40, 88, 12, 0, 0],
        subsidised: 120,
      },
      {
        occupationName: '育婴员',
        occupationCode: '4-10-01-01',
        workType: '育婴员',
        batches: 3,
        persons: 61,
        certifiedTotal: 55,
        certifiedByLevel: [30, 25, 0, 0, 0],
        subsidised: 50,
      },
      {
        occupationName: '美容师',
        occupationCode: '4-10-03-01',
        workType: '美容师',
        batches: 0,
        persons: 0,
        certifiedTotal: 0,
        certifiedByLevel: [0, 0, 0, 0, 0],
        subsidised: 0,
      },
    ],
  };
}

export function summaryModel(): SummaryModel {
  return {
    kind: 'summary',
    title: '2020-2021年度备案机构评估意见汇总表',
    office: '阳泉市人力资源和社会保障局',
    years: [
      {
        filingYear: 2020,
        rows: [
          { institutionName: '阳泉市热力有限责任公司', filingNo: 'Q140300202011001', kindLabel: '自主评价企业', opinion: 'renew', score: 8150 },
          { institutionName: '阳泉市非凡职业培训学校', filingNo: 'S140300202012001', kindLabel: '社会培训评价组织', opinion: 'defer', score: 6420 },
          {
            institutionName: '阳泉市英英职业培训学校',
            filingNo: 'S140300202012002',
            kindLabel: '社会培训评价组织',
            opinion: 'terminate',
            score: 4880,
          },
        ],
      },
      {
        filingYear: 2021,
        rows: [
          {
            institutionName: '阳泉市郊区蓝领职业培训学校',
            filingNo: 'S140300202105004',
            kindLabel: '社会培训评价组织',
            opinion: 'normal',
            score: 7740,
          },
        ],
      },
    ],
  };
}
