import { deductionItem, fixedTier, rangeTier, rule, tieredItem } from './template-builders';
import type { Template } from '../../shared/domain/templates/types';

/**
 * A city form for 社会培训评价组织 written for the print tests, shaped unlike both official forms: a 项目 level
 * (group column) but no 评估办法 column, no 自评得分, column groups spanning 3 + 2, its own header fields, a penalty,
 * two vetoes and 达标 / 不达标 as outcome labels.
 */
export function thirdForm(): Template {
  return {
    id: 'city-training-2026',
    version: '2026.1',
    title: '社会培训评价组织评价质量检查表',
    source: { notice: '示例人社函〔2026〕5号', attachment: '附表1', issuer: '示例市人力资源和社会保障局', date: '2026-03-01' },
    declaredTotal: 3000,
    declaredTotalSource: '总分30分',
    passMark: { points: 2100, source: '示例人社函〔2026〕5号：21分以上为达标', configurable: false },
    layout: {
      columns: [
        { key: 'section', label: '检查类别' },
        { key: 'group', label: '检查项目' },
        { key: 'content', label: '检查要点' },
        { key: 'scoringRule', label: '计分办法' },
        { key: 'maxPoints', label: '标准分' },
        { key: 'inspectorScore', label: '检查得分', addedByApp: true },
      ],
      columnGroups: [
        { label: '检查内容', span: 3 },
        { label: '计分', span: 3 },
      ],
      headerFields: ['培训机构名称', '机构备案号', '检查组长'],
    },
    sections: [
      {
        id: 'A',
        title: '组织管理',
        declaredMax: 1500,
        groups: [
          {
            id: 'A1',
            title: '制度建设',
            declaredMax: 1000,
            items: [
              tieredItem(
                {
                  id: 'A1.1',
                  content: '建立考务管理制度并公开',
                  method: null,
                  scoringRule: '完善得5分，不完善得1-4分，未建立不得分',
                  maxPoints: 500,
                },
                [fixedTier('1', '完善', 500), rangeTier('2', '不完善', 100, 400), fixedTier('3', '未建立', 0)],
              ),
              deductionItem(
                { id: 'A1.2', content: '考评人员持证上岗', method: null, scoringRule: '每批次发现无证考评扣2分，扣完为止', maxPoints: 500 },
                [rule('a', '每批次发现无证考评扣2分', 200, 'batch')],
                true,
              ),
            ],
          },
          {
            id: 'A2',
            title: '场地设备',
            declaredMax: 500,
            items: [
              tieredItem({ id: 'A2.1', content: '考场设备满足评价要求', method: null, scoringRule: '满足得5分，不满足不得分', maxPoints: 500 }, [
                fixedTier('1', '满足', 500),
                fixedTier('2', '不满足', 0),
              ]),
            ],
          },
        ],
      },
      {
        id: 'B',
        title: '证书发放',
        declaredMax: 1500,
        groups: [
          {
            id: 'B1',
            title: '证书数据',
            declaredMax: 1500,
            items: [
              {
                id: 'B1.1',
                content: '证书数据按时上报',
                method: null,
                scoringRule: '上报占比100%得15分，90%（含）以上得10分，90%以下不得分',
                maxPoints: 1500,
                scoring: {
                  kind: 'ratioBracket',
                  numeratorLabel: '已上报人次',
                  denominatorLabel: '已发证人次',
                  reasonOptions: [],
                  brackets: [
                    { id: '1', label: '100%', from: { percent: 100, inclusive: true }, to: { percent: 100, inclusive: true }, points: 1500 },
                    { id: '2', label: '90%（含）以上', from: { percent: 90, inclusive: true }, to: { percent: 100, inclusive: false }, points: 1000 },
                    { id: '3', label: '90%以下', from: { percent: 0, inclusive: true }, to: { percent: 90, inclusive: false }, points: 0 },
                  ],
                },
              },
            ],
          },
        ],
      },
    ],
    penalties: [{ id: 'P1', content: '未按规定公示评价结果', scoringRule: '每发现一次倒扣1分', pointsPerOccurrence: 100 }],
    vetoes: [
      { id: 'V1', text: '伪造评价记录的' },
      { id: 'V2', text: '超范围颁发证书的' },
    ],
    contextFacts: [],
    outcome: {
      tracksByFilingYear: {},
      labels: { pass: '达标', fail: '不达标' },
      rules: [
        {
          ruleId: 'CITY-1',
          when: { kind: 'anyVeto' },
          category: 'fail',
          reason: '存在否决情形，检查不达标。',
          source: '示例人社函〔2026〕5号 第三条',
        },
        {
          ruleId: 'CITY-2',
          when: { kind: 'scoreBelowPassMark' },
          category: 'fail',
          reason: '得分低于21分，检查不达标。',
          source: '示例人社函〔2026〕5号 第三条',
        },
        {
          ruleId: 'CITY-3',
          when: { kind: 'always' },
          category: 'pass',
          reason: '得分21分以上且无否决情形，检查达标。',
          source: '示例人社函〔2026〕5号 第三条',
        },
      ],
    },
    sampling: [],
    autoFindings: [],
  };
}
