import { describe, expect, it } from 'vitest';
import { DEFAULT_SUMMARY_LAYOUT, summaryLayoutOf } from '../../../electron/services/pdf/layout/summary-layout';
import { getTemplate } from '../../../shared/domain/templates/registry';
import type { Template } from '../../../shared/domain/templates/types';
import { thirdForm } from '../../support/third-form';

const shandongEnterprise2024 = getTemplate('shandong-enterprise-2024');
const shanxiRenewal2023 = getTemplate('shanxi-renewal-2023');

describe('summary columns come from the outcome categories a form decides', () => {
  it('R-YQ-07 the Shanxi form gives the five 附件4 columns, worded as printed', () => {
    expect(summaryLayoutOf(shanxiRenewal2023)).toEqual({
      attachment: '附件4',
      columns: [
        { category: 'terminate', heading: '需终止备案的机构（涉及2020年、2021年备案的）' },
        { category: 'renew', heading: '同意延续备案的机构（只涉及2020年备案的）' },
        { category: 'defer', heading: '暂时不予延续备案机构（只涉及2020年备案的）' },
        { category: 'suspend', heading: '暂停评价活动的机构（只涉及2021年备案的）' },
        { category: 'normal', heading: '正常评价的机构（只涉及2021年备案的）' },
      ],
      scoreHeading: '评估得分（涉及2020年、2021年备案的）',
    });
    expect(DEFAULT_SUMMARY_LAYOUT).toEqual(summaryLayoutOf(shanxiRenewal2023));
  });

  it('a form without tracks gets one column per label, no years and no attachment number', () => {
    expect(summaryLayoutOf(shandongEnterprise2024)).toEqual({
      attachment: '',
      columns: [
        { category: 'pass', heading: '合格的机构' },
        { category: 'fail', heading: '不合格的机构' },
      ],
      scoreHeading: '评估得分',
    });
    expect(summaryLayoutOf(thirdForm()).columns.map((column) => column.heading)).toEqual(['达标的机构', '不达标的机构']);
  });

  it('another notice derives every heading from its labels and tracks, and a decided category without a label comes last', () => {
    const form = thirdForm();
    const template: Template = {
      ...form,
      outcome: {
        tracksByFilingYear: { '2024': 'renewal', '2025': 'ongoing' },
        labels: { fail: '不达标' },
        rules: [
          { ruleId: 'X-1', when: { kind: 'anyVeto' }, category: 'fail', reason: '否决', source: 's' },
          { ruleId: 'X-2', when: { kind: 'always' }, category: { renewal: 'renew', ongoing: 'normal' }, reason: '达标', source: 's' },
        ],
      },
    };
    expect(summaryLayoutOf(template)).toEqual({
      attachment: '',
      columns: [
        { category: 'fail', heading: '不达标的机构（涉及2024年、2025年备案的）' },
        { category: 'renew', heading: '同意延续备案的机构（只涉及2024年备案的）' },
        { category: 'normal', heading: '正常评价的机构（只涉及2025年备案的）' },
      ],
      scoreHeading: '评估得分（涉及2024年、2025年备案的）',
    });
  });

  it('the published headings come from the form (outcome.summary), not from its notice', () => {
    const withoutSummary = structuredClone(shanxiRenewal2023);
    delete withoutSummary.outcome.summary;
    const layout = summaryLayoutOf(withoutSummary);
    expect(layout.attachment).toBe('');
    expect(layout.columns.find((column) => column.category === 'defer')?.heading).toBe('暂时不予延续备案的机构（只涉及2020年备案的）');

    const form = thirdForm();
    form.outcome.summary = { attachment: '附件7', headings: { fail: '未达标机构' } };
    expect(summaryLayoutOf(form)).toMatchObject({ attachment: '附件7', columns: [{ heading: '达标的机构' }, { heading: '未达标机构' }] });
  });
});
