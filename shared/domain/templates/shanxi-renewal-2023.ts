import { deductionItem, rule } from './builders';
import { shanxiRenewalContextFacts, shanxiRenewalOutcome, shanxiRenewalVetoes } from './shanxi-renewal-2023-outcome';
import type { Item, Template } from './types';

// 阳人社函〔2023〕221号 附件3 职业技能等级认定机构延续备案评估表 (R-YQ-01..07).
// Ids are <评估类别>.<评估项目>.<评估内容> in form order. Texts verbatim from the seed; where the
// published table merges a 评估办法 / 评分标准 cell over several rows, the text is repeated on each row.

const ONLINE_CHECK = '通过网上查询相关信息';
const VIDEO_METHOD = '① 抽查存档视频记录 ② 现场抽查监控检索目录 ③ 查阅监控视频存档情况';
const ELIGIBILITY_RULE = '发现有1例考生不符合报名条件扣1分，审核过程不清晰、无记录各扣1分';

function row(id: string, content: string, method: string, scoringRule: string, max: number): Omit<Item, 'scoring'> {
  return { id, content, method, scoringRule, maxPoints: max };
}

/** A row with a single finding deducting the whole row (e.g. 未制定年度评价工作计划扣2分). */
function allOrNothing(id: string, content: string, method: string, scoringRule: string, max: number): Item {
  return deductionItem(row(id, content, method, scoringRule, max), [rule('a', scoringRule, max, 'finding')]);
}

const eligibilityLead: Item = {
  ...row(
    '3.3.1',
    '按照标准规范和相关规定审查考生申报条件（3分）',
    '随机抽查3个不同职业（工种）不同等级批次考生报名申请表，抽查总人数不低于20人',
    ELIGIBILITY_RULE,
    300,
  ),
  scoring: {
    kind: 'deduction',
    rules: [
      rule('a', '发现有1例考生不符合报名条件扣1分', 100, 'occurrence', '3.3.1'),
      rule('b', '审核过程不清晰', 100, 'finding', '3.3.2'),
      rule('c', '无记录', 100, 'finding', '3.3.2'),
    ],
    floorStatedInText: false,
    sharedWithItemIds: ['3.3.2'],
  },
};

const eligibilityRecords: Item = {
  ...row(
    '3.3.2',
    '审核过程清晰，有记录可追溯（2分）',
    '随机抽查3个不同职业（工种）不同等级批次考生报名申请表，抽查总人数不低于20人',
    ELIGIBILITY_RULE,
    200,
  ),
  scoring: { kind: 'shared', leadItemId: '3.3.1' },
};

const evaluatorCount: Item = {
  ...row(
    '2.3.2',
    '考评人员数量符合规定（5分）',
    '按机构评价范围查阅考评人员名册、相关证明材料',
    '已开展评价的每个职业（工种），自有考评员不足2/3的扣0.5分，不足1/3的扣1分，无自有考评员的扣1.5分',
    500,
  ),
  scoring: {
    kind: 'unitRatioDeduction',
    unit: 'occupation',
    numeratorLabel: '自有考评员人数',
    denominatorLabel: '考评员总人数（自有与外聘）',
    tiers: [
      { id: 'none', label: '无自有考评员的扣1.5分', when: { kind: 'none' }, points: 150 },
      { id: 'below-1/3', label: '不足1/3的扣1分', when: { kind: 'below', numerator: 1, denominator: 3 }, points: 100 },
      { id: 'below-2/3', label: '自有考评员不足2/3的扣0.5分', when: { kind: 'below', numerator: 2, denominator: 3 }, points: 50 },
    ],
  },
};

export const shanxiRenewal2023: Template = {
  id: 'shanxi-renewal-2023',
  version: '2023.1',
  title: '职业技能等级认定机构延续备案评估表',
  source: { notice: '阳人社函〔2023〕221号', attachment: '附件3', issuer: '阳泉市人力资源和社会保障局', date: '2023-08-31' },
  declaredTotal: 10000,
  declaredTotalSource: '通知“评分采取百分制，六十分以上为合格”；附件3各评估类别合计 5 + 12 + 60 + 15 = 92 分',
  passMark: {
    points: 6000,
    source: '阳人社函〔2023〕221号“评分采取百分制，六十分以上为合格”（按评估表实际满分92分计分，不作折算）。',
    configurable: false,
  },
  layout: {
    columnGroups: [],
    columns: [
      { key: 'section', label: '评估类别' },
      { key: 'group', label: '评估项目' },
      { key: 'content', label: '评估内容' },
      { key: 'method', label: '评估办法' },
      { key: 'scoringRule', label: '评分标准' },
      { key: 'inspectorScore', label: '得分' },
    ],
    headerFields: ['机构名称(签章)', '机构备案号', '机构类别', '备案时间'],
  },
  sections: [
    {
      id: '1',
      title: '机构信用',
      declaredMax: 500,
      groups: [
        {
          id: '1.1',
          title: '基本情况',
          declaredMax: 200,
          items: [
            deductionItem(
              row(
                '1.1.1',
                '机构信用良好, 证照等资料齐备, 无行政处罚或其它违规处理记录 (2分)',
                ONLINE_CHECK,
                '证照等资料不齐的扣1分, 有行政处罚或其它违规处理记录的扣1分',
                200,
              ),
              [rule('a', '证照等资料不齐的扣1分', 100, 'finding'), rule('b', '有行政处罚或其它违规处理记录的扣1分', 100, 'finding')],
            ),
          ],
        },
        {
          id: '1.2',
          title: '承诺机制',
          declaredMax: 200,
          items: [
            deductionItem(
              row('1.2.1', '严格落实承诺书有关承诺事项 (2分)', ONLINE_CHECK, '没有签订评价质量承诺书扣1分, 没有落实承诺事项的每项扣0.5分', 200),
              [rule('a', '没有签订评价质量承诺书扣1分', 100, 'finding'), rule('b', '没有落实承诺事项的每项扣0.5分', 50, 'element')],
            ),
          ],
        },
        {
          id: '1.3',
          title: '宣传报道',
          declaredMax: 100,
          items: [allOrNothing('1.3.1', '宣传工作符合相关规定, 无虚假宣传诱导考生现象 (1分)', ONLINE_CHECK, '宣传工作存在虚假宣传的扣1分', 100)],
        },
      ],
    },
    {
      id: '2',
      title: '内部管理',
      declaredMax: 1200,
      groups: [
        {
          id: '2.1',
          title: '岗位设置',
          declaredMax: 300,
          items: [
            deductionItem(
              row(
                '2.1.1',
                '设立内设机构, 岗位配备、专职工作人员满足工作需求 (2分)',
                '查阅岗位设置、职工工资表和相关会议记录',
                '缺1岗位扣0.5分, 扣完为止',
                200,
              ),
              [rule('a', '缺1岗位扣0.5分', 50, 'element')],
              true,
            ),
            deductionItem(row('2.1.2', '岗位职责明确 (1分)', '查阅机构岗位职责情况', '查阅机构岗位, 有一项无职责扣0.5分', 100), [
              rule('a', '有一项无职责扣0.5分', 50, 'element'),
            ]),
          ],
        },
        {
          id: '2.2',
          title: '财务管理',
          declaredMax: 200,
          items: [
            allOrNothing(
              '2.2.1',
              '按会计制度规定设立账簿, 制作财务会计报表 (0.4分)',
              '查阅账簿和财务会计报表',
              '未按规定设立账簿、未制作财务会计报表扣0.4分',
              40,
            ),
            allOrNothing('2.2.2', '账目清晰, 资产管理规范 (0.4分)', '查阅账目, 现场查勘', '账目不清、资产管理不规范扣0.4分', 40),
            allOrNothing('2.2.3', '收费标准制定坚持以支定收和非盈利性原则, 依据清楚完备 (0.4分)', '查阅收费依据', '收费依据不清扣0.4分', 40),
            allOrNothing('2.2.4', '使用财政部门或税务部门出具的正规收费票据 (0.4分)', '查阅收费票据', '未使用正规有效收费票据扣0.4分', 40),
            deductionItem(
              row(
                '2.2.5',
                '有年度财务审计报告 (0.4分)',
                '查阅财务审计报告',
                '无年度财务审计报告扣0.4分; 无报告, 但提供了暂缺报告的有效原因说明, 不扣分',
                40,
              ),
              [rule('a', '无年度财务审计报告扣0.4分', 40, 'finding')],
            ),
          ],
        },
        {
          id: '2.3',
          title: '人员管理',
          declaredMax: 700,
          items: [
            allOrNothing(
              '2.3.1',
              '与专职工作人员依法签订劳动合同，并按时发放工资（1分）',
              '查阅专职工作人员劳动合同及工资流水',
              '无劳动合同及无工资发放记录扣1分',
              100,
            ),
            evaluatorCount,
            allOrNothing('2.3.3', '严密组织内部质量督导员培训（1分）', '查阅质量督导员培训记录', '未组织内部质量督导员培训认证扣1分', 100),
          ],
        },
      ],
    },
    {
      id: '3',
      title: '评价组织实施',
      declaredMax: 6000,
      groups: [
        {
          id: '3.1',
          title: '工作计划',
          declaredMax: 800,
          items: [
            allOrNothing('3.1.1', '每年制定年度评价工作计划（2分）', '查阅年度评价工作计划', '未制定年度评价工作计划扣2分', 200),
            allOrNothing(
              '3.1.2',
              '年度和批次评价计划内容完整、信息准确（3分）',
              '随机抽查1个年度和3批次不同职业（工种）不同等级评价计划',
              '评价计划内容不完整、信息不准确扣3分',
              300,
            ),
            allOrNothing('3.1.3', '计划执行情况（3分）', '随机抽查3批次不同职业（工种）不同等级考试记录材料', '未按计划执行扣3分', 300),
          ],
        },
        {
          id: '3.2',
          title: '公开公示',
          declaredMax: 100,
          items: [
            deductionItem(
              row('3.2.1', '评价公告、收费标准等按要求公开公示（1分）', '现场查看公示情况', '未在醒目位置进行公示少一项内容扣0.5分', 100),
              [rule('a', '未在醒目位置进行公示少一项内容扣0.5分', 50, 'element')],
            ),
          ],
        },
        { id: '3.3', title: '申报条件审查', declaredMax: 500, items: [eligibilityLead, eligibilityRecords] },
        {
          id: '3.4',
          title: '工作人员配备',
          declaredMax: 300,
          items: [
            deductionItem(
              row(
                '3.4.1',
                '每批次评价配备考场负责人、考评人员、监考人员、内部质量督导员、辅助人员等（3分）',
                '随机抽查3个批次考试计划和现场考试人员配备情况',
                '发现考试计划中人员配备不齐全，扣1.5分；发现考试计划与现场配备人员不一致扣1.5分',
                300,
              ),
              [
                rule('a', '发现考试计划中人员配备不齐全，扣1.5分', 150, 'finding'),
                rule('b', '发现考试计划与现场配备人员不一致扣1.5分', 150, 'finding'),
              ],
            ),
          ],
        },
        {
          id: '3.5',
          title: '场地设备维护',
          declaredMax: 500,
          items: [
            allOrNothing('3.5.1', '评价场地满足安全和功能需求 (2分)', '现场查勘', '评价场地不满足安全和功能需求扣2分', 200),
            allOrNothing('3.5.2', '设施设备满足安全和功能需求 (2分)', '现场查勘', '设施设备不满足评价功能和安全需求扣2分', 200),
            allOrNothing('3.5.3', '设施设备数量充足满足评价需求、运行状况良好 (1分)', '查阅设施设备运行情况', '设施设备运行不良扣1分', 100),
          ],
        },
        {
          id: '3.6',
          title: '成绩评阅',
          declaredMax: 1200,
          items: [
            deductionItem(
              row(
                '3.6.1',
                '按照试卷试题要求进行阅卷评分 (8分)',
                '随机抽查3个不同职业 (工种) 不同等级批次阅卷评分记录, 抽查总人数不低于20人。',
                '试卷未密封进行阅卷的每批次扣4分, 考评员阅卷评分有明显错误的每处扣1分',
                800,
              ),
              [rule('a', '试卷未密封进行阅卷的每批次扣4分', 400, 'batch'), rule('b', '考评员阅卷评分有明显错误的每处扣1分', 100, 'occurrence')],
            ),
            deductionItem(
              row(
                '3.6.2',
                '统分登分准确无误 (1分)',
                '随机抽查3个不同职业 (工种) 不同等级批次统分登分记录, 抽查总人数不低于20人',
                '成绩出现1例错误扣0.2分, 扣完为止。',
                100,
              ),
              [rule('a', '成绩出现1例错误扣0.2分', 20, 'occurrence')],
              true,
            ),
            deductionItem(
              row(
                '3.6.3',
                '考评员、核分员按规定签名 (3分)',
                '随机抽查3个不同职业 (工种) 不同等级批次技能考核评分表, 抽查总人数不低于20人',
                '考评人员、核分人员未按规定签名每处扣1分',
                300,
              ),
              [rule('a', '考评人员、核分人员未按规定签名每处扣1分', 100, 'occurrence')],
            ),
          ],
        },
        {
          id: '3.7',
          title: '题库管理维护',
          declaredMax: 1200,
          items: [
            deductionItem(
              row(
                '3.7.1',
                '按标准规范和技术规程建立试题库 (10分)',
                '随机抽查3个职业 (工种) 题库',
                '已开展认定评价职业 (工种) 中, 无自建题库的, 每项扣3分, 题库建设不符合国标的, 每项扣2分。',
                1000,
              ),
              [rule('a', '无自建题库的, 每项扣3分', 300, 'occupation'), rule('b', '题库建设不符合国标的, 每项扣2分', 200, 'occupation')],
            ),
            allOrNothing('3.7.2', '按规定印制、保管、传递试卷 (2分)', '查阅试卷交接、保管记录', '试卷无正规交接、保管记录扣2分', 200),
          ],
        },
        {
          id: '3.8',
          title: '档案管理',
          declaredMax: 800,
          items: [
            allOrNothing(
              '3.8.1',
              '按规定存档考生申报材料 (3分)',
              '随机抽查3个不同职业(工种)不同等级批次申报材料档案',
              '考生申报材料有缺失扣3分',
              300,
            ),
            allOrNothing(
              '3.8.2',
              '按规定存档试卷及评价过程资料(含监控视频) (3分)',
              '随机抽查3个不同职业(工种)不同等级批次试卷及评价过程资料',
              '试卷档案有缺失扣3分',
              300,
            ),
            allOrNothing('3.8.3', '按规定存档证书名册 (2分)', '查阅证书名册存档', '名册档案有缺失扣2分', 200),
          ],
        },
        {
          id: '3.9',
          title: '视频监控设施设备使用',
          declaredMax: 600,
          items: [
            allOrNothing('3.9.1', '视频监控设备运行良好, 监控清晰度符合要求 (2分)', VIDEO_METHOD, '监控清晰度差不符合要求扣2分', 200),
            deductionItem(row('3.9.2', '存档各批次评价监控视频齐全, 全覆盖无遗漏 (2分)', VIDEO_METHOD, '监控不齐全、未能全覆盖各扣2分', 200), [
              rule('a', '监控不齐全', 200, 'finding'),
              rule('b', '未能全覆盖', 200, 'finding'),
            ]),
            allOrNothing('3.9.3', '监控存档检索目录清晰, 调取资料方便 (2分)', VIDEO_METHOD, '监控存档无检索目录扣2分', 200),
          ],
        },
      ],
    },
    {
      id: '4',
      title: '评价质量管理',
      declaredMax: 1500,
      groups: [
        {
          id: '4.1',
          title: '质量督导',
          declaredMax: 400,
          items: [
            deductionItem(
              row(
                '4.1.1',
                '每批次评价派遣内部质量督导员 (2分)',
                '随机查阅3个不同职业(工种)不同等级批次考试计划',
                '1个批次未派遣内部质量督导员扣1分, 扣完为止',
                200,
              ),
              [rule('a', '1个批次未派遣内部质量督导员扣1分', 100, 'batch')],
              true,
            ),
            deductionItem(
              row(
                '4.1.2',
                '落实督导反馈制度, 督导反馈记录齐全 (2分)',
                '随机查阅3个不同职业(工种)不同等级批次督导记录',
                '1个批次无督导反馈记录扣1分, 扣完为止',
                200,
              ),
              [rule('a', '1个批次无督导反馈记录扣1分', 100, 'batch')],
              true,
            ),
          ],
        },
        {
          id: '4.2',
          title: '违纪违规处理',
          declaredMax: 400,
          items: [
            allOrNothing('4.2.1', '严肃处理违纪违规行为, 有违纪违规处理记录 (2分)', '查阅违规违纪处理记录', '对违规违纪行为无处理记录扣2分', 200),
            allOrNothing('4.2.2', '及时高效处理投诉举报, 有记录可查询 (2分)', '查阅投诉处理工作流程和记录', '未及时处理投诉扣2分', 200),
          ],
        },
        {
          id: '4.3',
          title: '质量管理责任书',
          declaredMax: 400,
          items: [
            deductionItem(
              row('4.3.1', '质量管理措施制度健全完善, 落实到位 (3分)', '查阅相关资料', '无相关制度扣3分, 制度不健全, 落实不到位扣2分', 300),
              [rule('a', '无相关制度扣3分', 300, 'finding'), rule('b', '制度不健全, 落实不到位扣2分', 200, 'finding')],
            ),
            allOrNothing('4.3.2', '与相关工作人员签订质量管理责任书 (1分)', '查阅工作人员质量管理责任书', '人员未签订质量管理责任书扣1分', 100),
          ],
        },
        {
          id: '4.4',
          title: '质量投诉',
          declaredMax: 300,
          items: [
            deductionItem(row('4.4.1', '无质量投诉、举报记录 (3分)', '多渠道查阅投诉、举报记录', '有任一投诉、举报属实, 每起扣1分', 300), [
              rule('a', '有任一投诉、举报属实, 每起扣1分', 100, 'occurrence'),
            ]),
          ],
        },
      ],
    },
  ],
  penalties: [],
  vetoes: shanxiRenewalVetoes,
  contextFacts: shanxiRenewalContextFacts,
  outcome: shanxiRenewalOutcome,
  sampling: [
    { rule: 'R-SM-01', itemIds: ['3.1.3', '3.3.1', '3.3.2', '3.6.1', '3.6.2', '3.6.3', '3.8.1', '3.8.2'] },
    { rule: 'R-SM-02', itemIds: ['3.1.2'] },
    { rule: 'R-SM-03', itemIds: ['3.7.1'] },
    { rule: 'R-SM-04', itemIds: ['3.4.1', '4.1.1', '4.1.2'] },
  ],
  autoFindings: [
    { finding: 'planLate', target: { kind: 'deduction', itemId: '3.1.3', ruleId: 'a' } },
    { finding: 'publicityShort', target: { kind: 'deduction', itemId: '3.2.1', ruleId: 'a' } },
    { finding: 'outOfScope', target: { kind: 'veto', vetoId: '四(一)3' } },
  ],
};
