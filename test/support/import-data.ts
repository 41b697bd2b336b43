import { idCardCheckChar, USCC_CHARSET, usccCheckChar } from '../../shared/domain/validation';

/** A valid 统一社会信用代码 (GB 32100 check character) derived from n: 9114 0300 + 9 characters + check. */
export function usccFor(n: number): string {
  let body = '';
  let rest = n;
  for (let i = 0; i < 9; i++) {
    body = (USCC_CHARSET[rest % 31] as string) + body;
    rest = Math.floor(rest / 31);
  }
  const first17 = `91140300${body}`;
  return first17 + (usccCheckChar(first17) as string);
}

/** The same code with a wrong check character. */
export function withWrongCheckChar(code: string): string {
  const last = code.at(-1) === '0' ? '1' : '0';
  return code.slice(0, 17) + last;
}

/** A valid 18-digit 身份证号 for someone born on `birth` (YYYYMMDD) in Yangquan (140302). */
export function idNumberFor(n: number, birth = '19900101'): string {
  const first17 = `140302${birth}${String(n % 1000).padStart(3, '0')}`;
  return first17 + (idCardCheckChar(first17) as string);
}

/** 004 附件1 exactly as published: kind block, name, filing year. Rows 1/8, 3/15, 5/16, 6/17, 7/18 are the same entity. */
export const yangquanList: readonly { kind: string; name: string; year: string; entity: number }[] = [
  { kind: '自主评价企业', name: '阳泉市热力有限责任公司', year: '2020年', entity: 1 },
  { kind: '自主评价企业', name: '山西晋孟煤业集团有限公司', year: '2020年', entity: 2 },
  { kind: '自主评价企业', name: '阳泉木子管家家政服务有限公司', year: '2020年', entity: 3 },
  { kind: '自主评价企业', name: '阳泉市元承建业工程有限公司', year: '2020年', entity: 4 },
  { kind: '自主评价院校', name: '阳泉职业技术学院院校', year: '2020年', entity: 5 },
  { kind: '自主评价院校', name: '平定县高级职业中学校院校', year: '2020年', entity: 6 },
  { kind: '自主评价院校', name: '阳泉市郊区职业高级中学校院校', year: '2021年', entity: 7 },
  { kind: '社会培训评价组织', name: '阳泉市热力有限责任公司企业', year: '2020年', entity: 1 },
  { kind: '社会培训评价组织', name: '阳泉市非凡职业培训学校', year: '2020年', entity: 8 },
  { kind: '社会培训评价组织', name: '阳泉市英英职业培训学校', year: '2020年', entity: 9 },
  { kind: '社会培训评价组织', name: '山西竹林听雨茶文化传播有限公司', year: '2020年', entity: 10 },
  { kind: '社会培训评价组织', name: '阳泉怡美安护健康管理服务中心', year: '2020年', entity: 11 },
  { kind: '社会培训评价组织', name: '阳泉市美容美发行业协会', year: '2020年', entity: 12 },
  { kind: '社会培训评价组织', name: '阳泉市承悦职业培训学校', year: '2020年', entity: 13 },
  { kind: '社会培训评价组织', name: '阳泉木子管家家政服务有限公司企业', year: '2021年', entity: 3 },
  { kind: '社会培训评价组织', name: '阳泉职业技术学院院校', year: '2021年', entity: 5 },
  { kind: '社会培训评价组织', name: '平定县高级职业中学校院校', year: '2021年', entity: 6 },
  { kind: '社会培训评价组织', name: '阳泉市郊区职业高级中学校院校', year: '2021年', entity: 7 },
  { kind: '社会培训评价组织', name: '阳泉市郊区蓝领职业培训学校', year: '2021年', entity: 14 },
  { kind: '社会培训评价组织', name: '山西慧管企业管理咨询中心', year: '2021年', entity: 15 },
  { kind: '社会培训评价组织', name: '阳泉恒得评价人力资源有限公司', year: '2021年', entity: 16 },
];

export const filingNoFor = (index: number): string => `S140300${String(index + 1).padStart(4, '0')}`;
