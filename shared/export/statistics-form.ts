import type { SkillLevel } from '../store/enums';

/** 004 附件2 职业技能等级认定机构工作情况统计表, as printed (R-YQ-08). The text is the contract: do not reword. */
export const statisticsForm = {
  attachment: '附件2',
  title: '职业技能等级认定机构工作情况统计表',
  headerFields: ['机构名称（签章）：', '机构备案号：', '机构类别：', '备案时间：'] as const,
  columns: {
    index: '序号',
    occupationName: '职业名称',
    occupationCode: '职业代码',
    workType: '工种/职业方向',
    organised: '组织认定',
    batches: '批次',
    persons: '人次',
    evaluation: '评价情况',
    certified: '已发证人数',
    subtotal: '小计',
    subsidised: '领取补贴人数',
  },
  /** The five certificate columns of the form and the level each counts. */
  levelColumns: [
    { label: '初级', level: 'level5' },
    { label: '中级', level: 'level4' },
    { label: '高级', level: 'level3' },
    { label: '技师', level: 'level2' },
    { label: '高级技师', level: 'level1' },
  ] as const satisfies readonly { label: string; level: SkillLevel }[],
  remarks:
    '备注：1、机构类别指评价机构属自主评价企业或自主评价院校或社会培训评价组织；2、职业名称要严格按照技能人才评价工作网上公示内容填写，没有开展评价的职业（工种），评价情况填写“0”。',
} as const;
