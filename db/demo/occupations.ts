/**
 * Occupations used by the demo data, with their codes in the 中华人民共和国职业分类大典 (2022) and, where the
 * national standard splits them, a work type (工种). Only occupations whose codes we could state with confidence.
 */
export interface DemoOccupation {
  code: string;
  name: string;
  workType: string;
}

export const DEMO_OCCUPATIONS = {
  electrician: { code: '6-31-01-03', name: '电工', workType: '' },
  welder: { code: '6-18-02-04', name: '焊工', workType: '电焊工' },
  bricklayer: { code: '6-29-01-01', name: '砌筑工', workType: '' },
  infantCare: { code: '4-10-01-02', name: '育婴员', workType: '' },
  elderlyCare: { code: '4-10-01-05', name: '养老护理员', workType: '' },
  housekeeping: { code: '4-10-01-06', name: '家政服务员', workType: '' },
  hairdresser: { code: '4-10-03-01', name: '美发师', workType: '' },
  beautician: { code: '4-10-03-02', name: '美容师', workType: '' },
  chineseCook: { code: '4-03-02-01', name: '中式烹调师', workType: '' },
  chinesePastry: { code: '4-03-02-02', name: '中式面点师', workType: '' },
  teaArt: { code: '4-03-02-07', name: '茶艺师', workType: '' },
  ecommerce: { code: '4-01-02-02', name: '电子商务师', workType: '' },
  hrManager: { code: '4-07-03-02', name: '企业人力资源管理师', workType: '' },
  healthManager: { code: '4-14-02-02', name: '健康管理师', workType: '' },
  carMechanic: { code: '4-12-01-01', name: '汽车维修工', workType: '' },
} as const satisfies Record<string, DemoOccupation>;

export type DemoOccupationKey = keyof typeof DEMO_OCCUPATIONS;
