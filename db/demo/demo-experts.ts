import type { Database } from '../engine';
import type { ConflictRelation, PanelRole } from '../../shared/domain/double-random/types';
import { insertExpert } from '../repositories/experts';
import { statement } from '../sql';
import { DEMO_INSPECTORS } from './demo-panel';
import { demoIdNumber } from './identities';
import { DEMO_OCCUPATIONS, type DemoOccupationKey } from './occupations';
import { DemoRandom } from './prng';
import { YANGQUAN_ENTITIES, YANGQUAN_REGIONS, type YangquanRegionCode } from './yangquan-list';

interface DemoExpert {
  name: string;
  birthDate: string;
  regionCode: YangquanRegionCode;
  /** A made-up employer, or the key of a demo institution (its USCC then makes the same-employer 回避 bite). */
  employer: string | { entity: string };
  specialties: DemoOccupationKey[];
  roles: PanelRole[];
  active?: false;
  conflict?: { entity: string; relation: ConflictRelation; note: string };
}

/**
 * The demo's expert pool (专家库, issue 16): made-up people whose specialties are the demo filings' occupations, so a
 * round drawn on the demo finds specialists. The two demo inspectors lead it; one expert works at a demo institution
 * (same employer), one declared a conflict, one is inactive.
 */
const DEMO_EXPERTS: readonly DemoExpert[] = [
  {
    name: DEMO_INSPECTORS[0].name,
    birthDate: '1972-04-18',
    regionCode: '140302',
    employer: '阳泉市职业技能鉴定指导中心',
    specialties: ['electrician', 'welder'],
    roles: ['lead', 'member'],
  },
  {
    name: DEMO_INSPECTORS[1].name,
    birthDate: '1985-09-02',
    regionCode: '140303',
    employer: '阳泉市人力资源服务中心',
    specialties: ['infantCare', 'elderlyCare', 'housekeeping'],
    roles: ['lead', 'member'],
  },
  {
    name: '王振宇',
    birthDate: '1968-11-23',
    regionCode: '140311',
    employer: '阳泉市第二职业技能培训中心',
    specialties: ['electrician', 'bricklayer'],
    roles: ['lead', 'member'],
  },
  {
    name: '张丽萍',
    birthDate: '1979-03-14',
    regionCode: '140302',
    employer: '阳泉市餐饮烹饪协会',
    specialties: ['chineseCook', 'chinesePastry'],
    roles: ['lead', 'member'],
  },
  {
    name: '赵国栋',
    birthDate: '1975-07-30',
    regionCode: '140303',
    employer: { entity: '阳泉职院' },
    specialties: ['carMechanic', 'ecommerce', 'electrician'],
    roles: ['member'],
  },
  {
    name: '刘慧敏',
    birthDate: '1982-12-05',
    regionCode: '140321',
    employer: '平定县就业服务中心',
    specialties: ['beautician', 'hairdresser'],
    roles: ['member'],
  },
  {
    name: '杨志刚',
    birthDate: '1970-02-11',
    regionCode: '140322',
    employer: '盂县职业技能鉴定站',
    specialties: ['welder', 'electrician'],
    roles: ['lead', 'member'],
    conflict: { entity: '非凡', relation: 'worked', note: '2016—2019 年在该校任兼职教师' },
  },
  {
    name: '武红霞',
    birthDate: '1983-06-27',
    regionCode: '140311',
    employer: '阳泉市家庭服务业协会',
    specialties: ['housekeeping', 'infantCare'],
    roles: ['member'],
  },
  {
    name: '贾文斌',
    birthDate: '1977-10-09',
    regionCode: '140302',
    employer: '阳泉市茶业商会',
    specialties: ['teaArt', 'chineseCook'],
    roles: ['member'],
  },
  {
    name: '高瑞芳',
    birthDate: '1980-01-19',
    regionCode: '140303',
    employer: '阳泉市卫生健康服务中心',
    specialties: ['elderlyCare', 'healthManager'],
    roles: ['lead', 'member'],
  },
  {
    name: '梁晓东',
    birthDate: '1987-05-08',
    regionCode: '140302',
    employer: '山西某人力资源研究院',
    specialties: ['hrManager', 'ecommerce'],
    roles: ['member'],
  },
  {
    name: '韩燕',
    birthDate: '1984-08-16',
    regionCode: '140321',
    employer: '平定县妇幼保健服务中心',
    specialties: ['infantCare', 'elderlyCare'],
    roles: ['member'],
  },
  {
    name: '乔建平',
    birthDate: '1966-09-21',
    regionCode: '140322',
    employer: '阳泉市建筑业协会',
    specialties: ['bricklayer', 'welder'],
    roles: ['member'],
    active: false,
  },
  {
    name: '任婷婷',
    birthDate: '1990-03-03',
    regionCode: '140311',
    employer: '阳泉市美容美发职业培训中心',
    specialties: ['beautician', 'hairdresser'],
    roles: ['member'],
  },
  {
    name: '石磊',
    birthDate: '1976-12-29',
    regionCode: '140303',
    employer: '阳泉市汽车维修行业协会',
    specialties: ['carMechanic', 'electrician'],
    roles: ['lead', 'member'],
  },
];

function entityUscc(db: Database, key: string): { uscc: string; name: string } {
  const entity = YANGQUAN_ENTITIES.find((e) => e.key === key);
  const row = entity && statement<{ uscc: string }>(db, 'SELECT uscc FROM institutions WHERE name = ?').get(entity.name);
  if (!entity || !row) throw new Error(`the demo list has no institution ${key}`);
  return { uscc: row.uscc, name: entity.name };
}

/** Adds the pool after the institutions (their USCCs are named by employer and conflict); own stream, so the rest of the demo is unchanged. */
export function addDemoExperts(db: Database, seed: number, stamp: string): number {
  const random = new DemoRandom(seed + 16);
  DEMO_EXPERTS.forEach((expert, index) => {
    const employer = typeof expert.employer === 'string' ? { name: expert.employer, uscc: null } : entityUscc(db, expert.employer.entity);
    const conflict = expert.conflict && entityUscc(db, expert.conflict.entity);
    insertExpert(
      db,
      {
        code: `ZJ${String(index + 1).padStart(5, '0')}`,
        name: expert.name,
        idNumber: demoIdNumber(random, expert.regionCode, expert.birthDate),
        employerName: employer.name,
        employerUscc: employer.uscc,
        region: YANGQUAN_REGIONS[expert.regionCode],
        specialties: expert.specialties.map((key) => DEMO_OCCUPATIONS[key].code),
        roles: expert.roles,
        active: expert.active ?? true,
        deviceKey: null,
        conflicts:
          expert.conflict && conflict
            ? [{ relation: expert.conflict.relation, uscc: conflict.uscc, name: conflict.name, note: expert.conflict.note }]
            : [],
      },
      stamp,
    );
  });
  return DEMO_EXPERTS.length;
}
