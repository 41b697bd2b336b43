import type { InstitutionKind, InstitutionNature } from '../../shared/store/enums';
import type { DemoOccupationKey } from './occupations';

/**
 * 阳人社函〔2023〕221号 附件1 阳泉市职业技能等级认定评估机构名单: 21 filings, names, kinds and filing years exactly
 * as published (the kind column is merged in the original; every row carries its kind here).
 *
 * Legal entities: the list repeats five entities under a second kind. In the 社会培训评价组织 rows the suffix 企业 /
 * 院校 states the organisation's nature (002 附件1 机构性质), it is not part of the entity's name; the 院校 suffix
 * also appears on the 自主评价院校 rows. Rows with the same `entity` are one legal entity (one USCC):
 *   热力      #1 enterprise 阳泉市热力有限责任公司        + #8  socialOrg 阳泉市热力有限责任公司企业
 *   木子管家  #3 enterprise 阳泉木子管家家政服务有限公司  + #15 socialOrg 阳泉木子管家家政服务有限公司企业
 *   阳泉职院  #5 college    阳泉职业技术学院院校          + #16 socialOrg 阳泉职业技术学院院校
 *   平定职中  #6 college    平定县高级职业中学校院校      + #17 socialOrg 平定县高级职业中学校院校
 *   郊区职高  #7 college    阳泉市郊区职业高级中学校院校  + #18 socialOrg 阳泉市郊区职业高级中学校院校
 * 21 filings − 5 repeats = 16 legal entities. Everything beyond name, kind and year is invented demo data.
 */
export interface YangquanFiling {
  serial: number;
  kind: InstitutionKind;
  listedName: string;
  filingYear: number;
  entity: string;
  /** Social organisations: nature from the suffix or, without one, from the kind of organisation the name shows. */
  nature: InstitutionNature | null;
  occupations: DemoOccupationKey[];
}

export interface YangquanEntity {
  key: string;
  /** The legal name: the listed name without the nature suffix. */
  name: string;
  /** Region code (GB/T 2260) and name of the district; 2–4th places of the ID numbers of local candidates too. */
  regionCode: string;
  /** GB 32100 registration authority + type (first two USCC characters). */
  usccPrefix: '91' | '12' | '51' | '52';
}

export const YANGQUAN_REGIONS = {
  '140302': '阳泉市城区',
  '140303': '阳泉市矿区',
  '140311': '阳泉市郊区',
  '140321': '阳泉市平定县',
  '140322': '阳泉市盂县',
} as const;
export type YangquanRegionCode = keyof typeof YANGQUAN_REGIONS;

export const YANGQUAN_ENTITIES: readonly (YangquanEntity & { regionCode: YangquanRegionCode })[] = [
  { key: '热力', name: '阳泉市热力有限责任公司', regionCode: '140302', usccPrefix: '91' },
  { key: '晋孟', name: '山西晋孟煤业集团有限公司', regionCode: '140322', usccPrefix: '91' },
  { key: '木子管家', name: '阳泉木子管家家政服务有限公司', regionCode: '140302', usccPrefix: '91' },
  { key: '元承', name: '阳泉市元承建业工程有限公司', regionCode: '140303', usccPrefix: '91' },
  { key: '阳泉职院', name: '阳泉职业技术学院', regionCode: '140303', usccPrefix: '12' },
  { key: '平定职中', name: '平定县高级职业中学校', regionCode: '140321', usccPrefix: '12' },
  { key: '郊区职高', name: '阳泉市郊区职业高级中学校', regionCode: '140311', usccPrefix: '12' },
  { key: '非凡', name: '阳泉市非凡职业培训学校', regionCode: '140302', usccPrefix: '52' },
  { key: '英英', name: '阳泉市英英职业培训学校', regionCode: '140303', usccPrefix: '52' },
  { key: '竹林听雨', name: '山西竹林听雨茶文化传播有限公司', regionCode: '140302', usccPrefix: '91' },
  { key: '怡美安护', name: '阳泉怡美安护健康管理服务中心', regionCode: '140311', usccPrefix: '52' },
  { key: '美容美发协会', name: '阳泉市美容美发行业协会', regionCode: '140302', usccPrefix: '51' },
  { key: '承悦', name: '阳泉市承悦职业培训学校', regionCode: '140303', usccPrefix: '52' },
  { key: '蓝领', name: '阳泉市郊区蓝领职业培训学校', regionCode: '140311', usccPrefix: '52' },
  { key: '慧管', name: '山西慧管企业管理咨询中心', regionCode: '140302', usccPrefix: '91' },
  { key: '恒得', name: '阳泉恒得评价人力资源有限公司', regionCode: '140303', usccPrefix: '91' },
];

export const YANGQUAN_FILINGS: readonly YangquanFiling[] = [
  {
    serial: 1,
    kind: 'enterprise',
    listedName: '阳泉市热力有限责任公司',
    filingYear: 2020,
    entity: '热力',
    nature: null,
    occupations: ['electrician', 'welder'],
  },
  {
    serial: 2,
    kind: 'enterprise',
    listedName: '山西晋孟煤业集团有限公司',
    filingYear: 2020,
    entity: '晋孟',
    nature: null,
    occupations: ['electrician', 'welder'],
  },
  {
    serial: 3,
    kind: 'enterprise',
    listedName: '阳泉木子管家家政服务有限公司',
    filingYear: 2020,
    entity: '木子管家',
    nature: null,
    occupations: ['housekeeping', 'infantCare'],
  },
  {
    serial: 4,
    kind: 'enterprise',
    listedName: '阳泉市元承建业工程有限公司',
    filingYear: 2020,
    entity: '元承',
    nature: null,
    occupations: ['bricklayer', 'electrician', 'welder'],
  },
  {
    serial: 5,
    kind: 'college',
    listedName: '阳泉职业技术学院院校',
    filingYear: 2020,
    entity: '阳泉职院',
    nature: null,
    occupations: ['electrician', 'carMechanic', 'ecommerce'],
  },
  {
    serial: 6,
    kind: 'college',
    listedName: '平定县高级职业中学校院校',
    filingYear: 2020,
    entity: '平定职中',
    nature: null,
    occupations: ['chineseCook', 'chinesePastry'],
  },
  {
    serial: 7,
    kind: 'college',
    listedName: '阳泉市郊区职业高级中学校院校',
    filingYear: 2021,
    entity: '郊区职高',
    nature: null,
    occupations: ['electrician', 'chinesePastry'],
  },
  {
    serial: 8,
    kind: 'socialOrg',
    listedName: '阳泉市热力有限责任公司企业',
    filingYear: 2020,
    entity: '热力',
    nature: 'enterprise',
    occupations: ['electrician'],
  },
  {
    serial: 9,
    kind: 'socialOrg',
    listedName: '阳泉市非凡职业培训学校',
    filingYear: 2020,
    entity: '非凡',
    nature: 'privateTrainingSchool',
    occupations: ['infantCare', 'elderlyCare', 'chineseCook'],
  },
  {
    serial: 10,
    kind: 'socialOrg',
    listedName: '阳泉市英英职业培训学校',
    filingYear: 2020,
    entity: '英英',
    nature: 'privateTrainingSchool',
    occupations: ['beautician', 'hairdresser', 'infantCare'],
  },
  {
    serial: 11,
    kind: 'socialOrg',
    listedName: '山西竹林听雨茶文化传播有限公司',
    filingYear: 2020,
    entity: '竹林听雨',
    nature: 'enterprise',
    occupations: ['teaArt'],
  },
  {
    serial: 12,
    kind: 'socialOrg',
    listedName: '阳泉怡美安护健康管理服务中心',
    filingYear: 2020,
    entity: '怡美安护',
    nature: 'privateTrainingSchool',
    occupations: ['elderlyCare', 'healthManager'],
  },
  {
    serial: 13,
    kind: 'socialOrg',
    listedName: '阳泉市美容美发行业协会',
    filingYear: 2020,
    entity: '美容美发协会',
    nature: 'industryAssociation',
    occupations: ['beautician', 'hairdresser'],
  },
  {
    serial: 14,
    kind: 'socialOrg',
    listedName: '阳泉市承悦职业培训学校',
    filingYear: 2020,
    entity: '承悦',
    nature: 'privateTrainingSchool',
    occupations: ['chineseCook', 'chinesePastry', 'housekeeping'],
  },
  {
    serial: 15,
    kind: 'socialOrg',
    listedName: '阳泉木子管家家政服务有限公司企业',
    filingYear: 2021,
    entity: '木子管家',
    nature: 'enterprise',
    occupations: ['housekeeping', 'elderlyCare'],
  },
  {
    serial: 16,
    kind: 'socialOrg',
    listedName: '阳泉职业技术学院院校',
    filingYear: 2021,
    entity: '阳泉职院',
    nature: 'higherEducation',
    occupations: ['ecommerce', 'carMechanic'],
  },
  {
    serial: 17,
    kind: 'socialOrg',
    listedName: '平定县高级职业中学校院校',
    filingYear: 2021,
    entity: '平定职中',
    nature: 'technicalSchool',
    occupations: ['chineseCook'],
  },
  {
    serial: 18,
    kind: 'socialOrg',
    listedName: '阳泉市郊区职业高级中学校院校',
    filingYear: 2021,
    entity: '郊区职高',
    nature: 'technicalSchool',
    occupations: ['infantCare', 'electrician'],
  },
  {
    serial: 19,
    kind: 'socialOrg',
    listedName: '阳泉市郊区蓝领职业培训学校',
    filingYear: 2021,
    entity: '蓝领',
    nature: 'privateTrainingSchool',
    occupations: ['electrician', 'welder'],
  },
  {
    serial: 20,
    kind: 'socialOrg',
    listedName: '山西慧管企业管理咨询中心',
    filingYear: 2021,
    entity: '慧管',
    nature: 'enterprise',
    occupations: ['hrManager'],
  },
  {
    serial: 21,
    kind: 'socialOrg',
    listedName: '阳泉恒得评价人力资源有限公司',
    filingYear: 2021,
    entity: '恒得',
    nature: 'enterprise',
    occupations: ['hrManager', 'ecommerce'],
  },
];
