import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { formatPoints } from '../../../shared/domain/scoring/points';
import type { Template } from '../../../shared/domain/templates/types';
import { SUBSIDY_NOT_RECORDED_NOTE } from '../../../shared/export/statistics-rows';
import { recordFingerprint } from '../../../electron/services/pdf/fingerprint';
import type { ReportModel } from '../../../electron/services/pdf/model';
import { renderReport } from '../../../electron/services/pdf/render-report';
import { PdfWorker } from '../../../electron/services/pdf/worker-client';
import { pdfPageCount, pdfPageSize, pdfText, pdfWords } from '../../support/poppler';
import * as fixtures from '../../support/report-fixtures';
import { makeTempDir } from '../../support/temp';
import { getTemplate } from '../../../shared/domain/templates';

const shanxiRenewal2023 = getTemplate('shanxi-renewal-2023');
const shandongEnterprise2024 = getTemplate('shandong-enterprise-2024');

const temp = makeTempDir();
afterAll(() => temp.cleanup());

async function renderToFile(name: string, model: ReportModel): Promise<string> {
  const file = temp.file(`${name}.pdf`);
  writeFileSync(file, await renderReport(model));
  return file;
}

function itemIds(template: Template): string[] {
  return template.sections.flatMap((s) => s.groups.flatMap((g) => g.items.map((i) => i.id)));
}

/** pdftotext keeps CJK runs but may break a table cell across lines; compare without whitespace. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** Images drawn in the PDF as pdfimages lists them, without their soft masks (a PNG's alpha channel). */
function imageCount(file: string): number {
  const list = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2);
  return list.filter((row) => row.trim().split(/\s+/)[2] === 'image').length;
}

/** What the sheet prints from the representative's heading on (the block is the last thing on the sheet). */
const representativeBlock = (text: string) => squeeze(text).split('被评估机构负责人签字')[1] ?? '';

describe('scored assessment sheet', () => {
  it('R-YQ-01 Shanxi sheet: text holds the institution, every item id, the total and the 92-point warning', async () => {
    const model = fixtures.shanxiSheetModel();
    const text = pdfText(await renderToFile('shanxi', model));
    expect(text).toContain(model.institution.name);
    for (const id of itemIds(shanxiRenewal2023)) expect(text, id).toContain(id);
    expect(text).toContain(formatPoints(model.result.total));
    expect(squeeze(text)).toContain('评分项满分92分');
    for (const label of [
      '评估类别',
      '评估项目',
      '评估内容',
      '评估办法',
      '评分标准',
      '得分',
      '机构名称(签章)',
      '机构备案号',
      '机构类别',
      '备案时间',
    ]) {
      expect(squeeze(text), label).toContain(label);
    }
    expect(squeeze(text)).toMatch(/第1页共\d+页/);
  });

  it('R-SD-03 R-SD-04 Shandong sheet: columns with 核查得分, the 倒扣分 and 一票否决 rows, pass mark stated', async () => {
    const model = fixtures.shandongSheetModel();
    const text = squeeze(pdfText(await renderToFile('shandong', model)));
    expect(text).toContain(model.institution.name);
    for (const id of itemIds(shandongEnterprise2024)) expect(text, id).toContain(id);
    for (const label of ['项目', '内容', '评估得分取值', '最高得分', '自评得分', '核查得分', '五.倒扣分情况', '六.一票否决情况', '合格线']) {
      expect(text, label).toContain(label);
    }
    expect(text).toContain(`最终得分:${formatPoints(model.result.total)}分`);
  });

  it('prints the 被评估机构负责人 signature under the panel: name, handwritten image and date', async () => {
    const model = fixtures.shanxiSheetModel();
    const signer = model.representative;
    expect(signer?.signaturePng).toBeTruthy();
    const signed = await renderToFile('representative-signed', model);
    const unsigned = await renderToFile('representative-absent', { ...model, representative: null });
    expect(representativeBlock(pdfText(signed))).toMatch(new RegExp(`^姓名签名日期${signer?.name}${signer?.signedAt}报告指纹`));
    expect(imageCount(unsigned)).toBe(model.panel.length);
    expect(imageCount(signed)).toBe(imageCount(unsigned) + 1);
  });

  it('leaves the 被评估机构负责人 block blank to sign on paper while unsigned', async () => {
    const model = fixtures.shandongSheetModel();
    expect(model.representative).toBeNull();
    expect(representativeBlock(pdfText(await renderToFile('representative-unsigned', model)))).toMatch(/^姓名签名日期年月日报告指纹/);
    // Known by name but not yet signed: the name is printed, the signature and date left to write by hand.
    const named = { ...fixtures.shanxiSheetModel(), representative: { name: '刘建国', signedAt: null, signaturePng: null } };
    const file = await renderToFile('representative-named', named);
    expect(representativeBlock(pdfText(file))).toMatch(/^姓名签名日期刘建国年月日报告指纹/);
    expect(imageCount(file)).toBe(named.panel.length);
  });

  it('a merged 评估类别/评估项目 cell running onto a new page repeats its label there, marked （续）, and nowhere else', async () => {
    const expected = [
      // The scored table runs over three pages; both breaks fall inside a 评估类别 and a 评估项目.
      ['continued-sheet', fixtures.shanxiSheetModel(), [2, 2, 3, 3]],
      // The blank form's shorter rows break elsewhere: only page 3 begins inside a merged cell.
      ['continued-blank', { kind: 'blank', template: shanxiRenewal2023 } as ReportModel, [3]],
    ] as const;
    for (const [name, model, pages] of expected) {
      const file = await renderToFile(name, model);
      const words = pdfWords(file);
      const continued = words.filter((word) => word.text === '（续）');
      expect(
        continued.map((word) => word.page),
        name,
      ).toEqual(pages);
      for (const word of continued) {
        // Right under the page's repeated header row: in its first body row.
        const headerBottom = Math.max(...words.filter((w) => w.page === word.page && w.text === '评估类别').map((w) => w.box[3]));
        expect(word.box[1] - headerBottom, `${name} page ${word.page}`).toBeLessThan(60);
      }
    }
    const page2 = squeeze(pdfText(temp.file('continued-sheet.pdf')).split('\f')[1] ?? '');
    expect(page2.slice(0, 160)).toMatch(/^评估类别.*内部管理.*（续）/);
  });

  it('R-YQ-08 statistics table: 领取补贴人数 not recorded prints blank (no total) with a note, never 0', async () => {
    const model = fixtures.statsModel();
    const file = await renderToFile('stats-unrecorded', {
      ...model,
      rows: model.rows.map((row) => ({ ...row, subsidised: row.batches > 0 ? null : 0 })),
    });
    const text = squeeze(pdfText(file));
    expect(text).toContain(squeeze(SUBSIDY_NOT_RECORDED_NOTE));
    // 保育师: 6 批次 152 人次, 140 = 40 + 88 + 12 certified, then the blank subsidy cell and the next row's 序号 2.
    expect(text).toContain('6152140408812002育婴员');
    expect(squeeze(pdfText(await renderToFile('stats-recorded', model)))).not.toContain(squeeze(SUBSIDY_NOT_RECORDED_NOTE));
  });

  it('prints the fingerprint of the record on every page', async () => {
    const model = { ...fixtures.shanxiSheetModel(), fingerprint: recordFingerprint({ inspection: 7 }) };
    const file = await renderToFile('fingerprint', model);
    const pages = pdfText(file)
      .split('\f')
      .filter((page) => page.trim() !== '');
    expect(pages.length).toBe(pdfPageCount(file));
    for (const page of pages) expect(page).toContain(`报告指纹 ${model.fingerprint}`);
  });
});

describe('every document', () => {
  const documents: [string, () => ReportModel, string[]][] = [
    [
      'appendix',
      fixtures.appendixModel,
      ['抽样记录', 'R-SM-01', '9f2c4e0b7a1d3c5e', 'skill-inspector/sample/v1', 'PC-2023-014', '备案职业仅2个', '试卷未密封进行阅卷'],
    ],
    ['blank-shanxi', () => ({ kind: 'blank', template: shanxiRenewal2023 }), ['职业技能等级认定机构延续备案评估表', '3.3.2', '被评估机构负责人签字']],
    ['blank-shandong', () => ({ kind: 'blank', template: shandongEnterprise2024 }), ['企业技能人才自主评价评估表', '6.5', '被评估机构负责人签字']],
    ['application', fixtures.applicationModel, ['企业技能人才自主评价续期备案申请表', '91370100MA3C1234X5', '21.8']],
    ['stats', fixtures.statsModel, ['职业技能等级认定机构工作情况统计表', '4-10-01-02', '领取补贴人数']],
    ['summary', fixtures.summaryModel, ['2020-2021年度备案机构评估意见汇总表', '阳泉市热力有限责任公司', '81.5', '√']],
  ];

  it.each(documents)('%s renders on A4 with its key content', async (name, model, expected) => {
    const file = await renderToFile(name, model());
    expect(pdfPageSize(file)).toMatch(/^(595\.\d+ x 841\.\d+|841\.\d+ x 595\.\d+) pts \(A4\)/);
    const text = squeeze(pdfText(file));
    for (const part of expected) expect(text, part).toContain(squeeze(part));
  });
});

describe('PDF worker', () => {
  it('renders off the calling thread and returns the same document', async () => {
    const worker = new PdfWorker();
    try {
      const model = fixtures.appendixModel();
      const pdf = await worker.render(model);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const file = temp.file('worker.pdf');
      writeFileSync(file, pdf);
      expect(pdfText(file)).toContain(model.institution.name);
      await expect(worker.render({ kind: 'nonsense' } as unknown as ReportModel)).rejects.toThrow(/生成报告失败/);
    } finally {
      await worker.close();
    }
  });
});
