import { fixedTier, rangeTier, tieredItem } from './builders';
import type { Item, Template } from './types';

// 鲁人社函〔2024〕62号 附件2 企业技能人才自主评价评估表 (R-SD-01..05). Texts verbatim from the seed.

/** The usual three tiers of this form: full marks / 1 to (max − 1) / 0. */
function threeTierItem(id: string, content: string, scoringRule: string, labels: [string, string, string], max: number): Item {
  return tieredItem({ id, content, method: null, scoringRule, maxPoints: max * 100 }, [
    fixedTier('1', labels[0], max * 100),
    rangeTier('2', labels[1], 100, (max - 1) * 100),
    fixedTier('3', labels[2], 0),
  ]);
}

const item35: Item = {
  id: '3.5',
  content: '3.5证书数据上国网情况:已发证人次-,已上国网人次-,上国网占比-%。',
  method: null,
  scoringRule:
    '1.占比为90%(含90)-100%(7分) 2.占比为80%-90%(不含90)(5分) 3. 占比为 70%-80% (不含 80) (3 分) 4. 占比为 60%-70% (不含 70) (1 分) 5. 占比为 60% 以下 (不含 60) (0 分) 不能上国网原因或写明存在问题, 参考选项: 未满 16 周岁、职业 (工种)、等级、申报条件、其他。',
  maxPoints: 700,
  scoring: {
    kind: 'ratioBracket',
    numeratorLabel: '已上国网人次',
    denominatorLabel: '已发证人次',
    brackets: [
      { id: '1', label: '占比为90%(含90)-100%(7分)', from: { percent: 90, inclusive: true }, to: { percent: 100, inclusive: true }, points: 700 },
      { id: '2', label: '占比为80%-90%(不含90)(5分)', from: { percent: 80, inclusive: true }, to: { percent: 90, inclusive: false }, points: 500 },
      {
        id: '3',
        label: '占比为 70%-80% (不含 80) (3 分)',
        from: { percent: 70, inclusive: true },
        to: { percent: 80, inclusive: false },
        points: 300,
      },
      {
        id: '4',
        label: '占比为 60%-70% (不含 70) (1 分)',
        from: { percent: 60, inclusive: true },
        to: { percent: 70, inclusive: false },
        points: 100,
      },
      { id: '5', label: '占比为 60% 以下 (不含 60) (0 分)', from: { percent: 0, inclusive: true }, to: { percent: 60, inclusive: false }, points: 0 },
    ],
    reasonOptions: ['未满 16 周岁', '职业 (工种)', '等级', '申报条件', '其他'],
  },
};

export const shandongEnterprise2024: Template = {
  id: 'shandong-enterprise-2024',
  version: '2024.1',
  title: '企业技能人才自主评价评估表',
  source: { notice: '鲁人社函〔2024〕62号', attachment: '附件2', issuer: '山东省人力资源和社会保障厅', date: '2024-05-31' },
  declaredTotal: 10000,
  declaredTotalSource: '附件2 四个项目分值 20 + 25 + 35 + 20 分',
  passMark: {
    points: 6000,
    source:
      '通知未规定合格分数线（§三(四)“综合企业自评、现场核查和系统数据分析等情况，确定参评企业评估结果是否合格”），合格线为本评估表的可配置设置，默认60分。',
    configurable: true,
  },
  layout: {
    columnGroups: [
      { label: '评估内容', span: 2 },
      { label: '评估标准', span: 2 },
      { label: '得分', span: 2 },
    ],
    columns: [
      { key: 'section', label: '项目' },
      { key: 'content', label: '内容' },
      { key: 'scoringRule', label: '评估得分取值' },
      { key: 'maxPoints', label: '最高得分' },
      { key: 'selfScore', label: '自评得分' },
      { key: 'inspectorScore', label: '核查得分', addedByApp: true },
    ],
    headerFields: [],
  },
  sections: [
    {
      id: '1',
      title: '技能等级认定制度建设完善情况',
      declaredMax: 2000,
      groups: [
        {
          id: '1',
          title: null,
          declaredMax: null,
          items: [
            threeTierItem(
              '1.1',
              '1.1 根据《企业技能人才自主评价考核工作规则》《山东省技能人才评价质量督导工作实施细则(试行)》等管理规定与工作指南制定技能等级认定工作管理制度、办法。',
              '1. 依照有关规定建立完善的等级认定制度(5分) 2. 已建立制度但不完善(1-4分) 3. 未建立制度(0分)',
              ['依照有关规定建立完善的等级认定制度(5分)', '已建立制度但不完善(1-4分)', '未建立制度(0分)'],
              5,
            ),
            threeTierItem(
              '1.2',
              '1.2 根据规定配备技能等级认定工作专兼职人员队伍, 管理人员、工作人员、考务人员、考评人员、督导人员、专家队伍等职责明确。',
              '1. 人员配备到位, 职责明确(5分) 2. 人员空缺, 但职责明确(1-4分) 3. 人员未配备(0分)',
              ['人员配备到位, 职责明确(5分)', '人员空缺, 但职责明确(1-4分)', '人员未配备(0分)'],
              5,
            ),
            threeTierItem(
              '1.3',
              '1.3 完善质量管理内控制度与应急预案。',
              '1. 已完善制度并规范管理(5分) 2. 已完善部分制度(1-4分) 3. 制度未完善(0分)',
              ['已完善制度并规范管理(5分)', '已完善部分制度(1-4分)', '制度未完善(0分)'],
              5,
            ),
            threeTierItem(
              '1.4',
              '1.4 建立自主评价结果与薪酬待遇挂钩制度。',
              '1. 建立备案全部职业级别评价结果与薪酬待遇挂钩制度(5分) 2. 已建立制度但不完善, 未覆盖全部职业级别(1-4分) 3. 未建立制度(0分)',
              ['建立备案全部职业级别评价结果与薪酬待遇挂钩制度(5分)', '已建立制度但不完善, 未覆盖全部职业级别(1-4分)', '未建立制度(0分)'],
              5,
            ),
          ],
        },
      ],
    },
    {
      id: '2',
      title: '技能等级认定制度执行情况',
      declaredMax: 2500,
      groups: [
        {
          id: '2',
          title: null,
          declaredMax: null,
          items: [
            threeTierItem(
              '2.1',
              '2.1 执行有关法律法规和政策要求, 依据职业分类、职业标准和评价规范, 开展职业技能等级认定活动, 认定实施过程符合国家职业标准或评价规范要求。',
              '1. 能规范执行(7分) 2. 部分执行(1-6分) 3. 未执行(0分)',
              ['能规范执行(7分)', '部分执行(1-6分)', '未执行(0分)'],
              7,
            ),
            threeTierItem(
              '2.2',
              '2.2规范技能等级认定试题(库)应用,建立试卷保密管理制度。',
              '1.能规范试题应用与保密制度(4分) 2.试题应用与管理有明显不足(1-3分) 3.未对试题应用进行管理。(0分)',
              ['能规范试题应用与保密制度(4分)', '试题应用与管理有明显不足(1-3分)', '未对试题应用进行管理。(0分)'],
              4,
            ),
            threeTierItem(
              '2.3',
              '2.3技能等级认定结果严格执行公示制度。',
              '1.严格执行到位(3分) 2.仅执行一部分公示(1-2分) 3.未进行公示(0分)',
              ['严格执行到位(3分)', '仅执行一部分公示(1-2分)', '未进行公示(0分)'],
              3,
            ),
            threeTierItem(
              '2.4',
              '2.4规范技能等级认定证书管理,严控证书制作、打印、盖章与发放各环节等。',
              '1.完全按照规定执行(4分) 2.部分按规定执行(1-3分) 3.未执行规定(0分)',
              ['完全按照规定执行(4分)', '部分按规定执行(1-3分)', '未执行规定(0分)'],
              4,
            ),
            threeTierItem(
              '2.5',
              '2.5规范保存技能等级认定工作事前、事中、事后各类纸质、电子资料。',
              '1.完全按照规定执行(7分) 2.部分按规定执行(1-6分) 3.未执行规定(0分)',
              ['完全按照规定执行(7分)', '部分按规定执行(1-6分)', '未执行规定(0分)'],
              7,
            ),
          ],
        },
      ],
    },
    {
      id: '3',
      title: '技能等级认定工作开展情况',
      declaredMax: 3500,
      groups: [
        {
          id: '3',
          title: null,
          declaredMax: null,
          items: [
            threeTierItem(
              '3.1',
              '3.1按规定开展本企业职工认定,根据备案项目不超范围、不超等级认定。',
              '1.按规定开展认定,认定工作规范(7分) 2.按规定开展认定,认定工作不完全规范(1-6分) 3.未按规定开展认定(0分)',
              ['按规定开展认定,认定工作规范(7分)', '按规定开展认定,认定工作不完全规范(1-6分)', '未按规定开展认定(0分)'],
              7,
            ),
            threeTierItem(
              '3.2',
              '3.2严格按照备案的申报条件对考生进行资格审核。',
              '1.严格审核(7分) 2.部分按要求审核(1-6分) 3.未按要求审核(0分)',
              ['严格审核(7分)', '部分按要求审核(1-6分)', '未按要求审核(0分)'],
              7,
            ),
            threeTierItem(
              '3.3',
              '3.3按要求发布技能等级认定通知或公告,通过山东省职业技能综合评价信息管理平台制定认定计划,认定计划与实际执行一致。',
              '1.按要求发布认定通知或公告,使用系统平台制定认定计划并执行到位(7分) 2.未按要求发布认定通知或公告,未完全使用系统平台制定认定计划,认定计划未完全执行(1-6分) 3.未发布认定通知或公告,未使用系统平台制定计划(0分)',
              [
                '按要求发布认定通知或公告,使用系统平台制定认定计划并执行到位(7分)',
                '未按要求发布认定通知或公告,未完全使用系统平台制定认定计划,认定计划未完全执行(1-6分)',
                '未发布认定通知或公告,未使用系统平台制定计划(0分)',
              ],
              7,
            ),
            threeTierItem(
              '3.4',
              '3.4技能等级认定场地、设施设备符合国家职业标准或行业企业评价规范要求,能提供规范的考试环境,保障安全认定。',
              '1.考场设备符合要求,考场环境有保障(7分) 2.考场设备需要进一步完善(1-6分) 3.场地或设备不符合标准要求(0分)',
              ['考场设备符合要求,考场环境有保障(7分)', '考场设备需要进一步完善(1-6分)', '场地或设备不符合标准要求(0分)'],
              7,
            ),
            item35,
          ],
        },
      ],
    },
    {
      id: '4',
      title: '技能等级认定质量管控情况',
      declaredMax: 2000,
      groups: [
        {
          id: '4',
          title: null,
          declaredMax: null,
          items: [
            threeTierItem(
              '4.1',
              '4.1 内部质量督导人员配备到位, 能执行考前、考中、考后多维度监督。',
              '1. 完全执行到位 (5 分) 2. 部分执行 (1-4 分) 3. 未执行 (0 分)',
              ['完全执行到位 (5 分)', '部分执行 (1-4 分)', '未执行 (0 分)'],
              5,
            ),
            threeTierItem(
              '4.2',
              '4.2 接受人社部门质量督导, 积极配合督导人员做好问题分析与整改, 能配合查处违规问题。',
              '1. 积极配合开展督导工作, 无整改情况 (6 分) 2. 积极配合做好整改工作, 解决整改问题 (1-5 分) 3. 整改效果不明显, 问题依旧存在 (0 分)',
              ['积极配合开展督导工作, 无整改情况 (6 分)', '积极配合做好整改工作, 解决整改问题 (1-5 分)', '整改效果不明显, 问题依旧存在 (0 分)'],
              6,
            ),
            tieredItem(
              {
                id: '4.3',
                content: '4.3 投诉处理措施。',
                method: null,
                scoringRule: '1. 投诉处理及时并反馈。 (4 分) 2. 投诉未及时处理无反馈。 (0 分)',
                maxPoints: 400,
              },
              [fixedTier('1', '投诉处理及时并反馈。 (4 分)', 400), fixedTier('2', '投诉未及时处理无反馈。 (0 分)', 0)],
            ),
            tieredItem(
              {
                id: '4.4',
                content: '4.4 新闻媒体负面报道。',
                method: null,
                scoringRule: '1. 无负面报道。 (5 分) 2. 有负面报道且核实的。 (0 分)',
                maxPoints: 500,
              },
              [fixedTier('1', '无负面报道。 (5 分)', 500), fixedTier('2', '有负面报道且核实的。 (0 分)', 0)],
            ),
          ],
        },
      ],
    },
  ],
  penalties: [
    {
      id: '5',
      content: '未按规定流程、要求开展委托评价, 经核实的。',
      scoringRule: '每查实一次未按要求规范开展委托评价行为扣 10 分。',
      pointsPerOccurrence: 1000,
    },
  ],
  vetoes: [
    { id: '6.1', text: '6.1 评价工作中故意提供虚假承诺、虚假资料, 经核实的。' },
    { id: '6.2', text: '6.2 内部管理混乱, 重点岗位人员未配备, 严重超出备案范围开展评价工作。' },
    { id: '6.3', text: '6.3 为参评人员或协助参评人员伪造申报资料或证件, 纵容参评人员违规报名, 经核实的。' },
    { id: '6.4', text: '6.4 贩卖证书或证书数据造假的。' },
    { id: '6.5', text: '6.5 评价过程出现重大安全事故、发生试题泄密等情况的。' },
  ],
  contextFacts: [],
  outcome: {
    tracksByFilingYear: {},
    labels: { pass: '合格', fail: '不合格' },
    rules: [
      {
        ruleId: 'R-SD-04',
        when: { kind: 'anyVeto' },
        category: 'fail',
        reason: '存在一票否决情形，无论得分多少，评估不合格，不予备案续期。',
        source: '鲁人社函〔2024〕62号 附件2 六、§四(二)',
      },
      {
        ruleId: 'R-SD-05',
        when: { kind: 'scoreBelowPassMark' },
        category: 'fail',
        reason: '总分低于合格线，评估不合格，不予备案续期。',
        source: '鲁人社函〔2024〕62号 §三(四)、§四(二)',
      },
      {
        ruleId: 'R-SD-05',
        when: { kind: 'always' },
        category: 'pass',
        reason: '总分达到合格线且无一票否决情形，评估合格，备案有效期延长3年。',
        source: '鲁人社函〔2024〕62号 §三(四)、§四(一)',
      },
    ],
  },
  // The form names no sample: only the yearly spot-check rate applies (R-SM-05).
  sampling: [{ rule: 'R-SM-05', itemIds: [] }],
  autoFindings: [{ finding: 'outOfScope', target: { kind: 'veto', vetoId: '6.2' } }],
};
