import type { TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { fingerprintOf } from '../fingerprint';
import { SPANNED, checkbox, textCell } from '../layout/cells';
import { reportDocument } from '../layout/page';
import { THIN_GRID } from '../layout/tables';
import type { ApplicationModel } from '../model/application';

const CERTIFICATE_LEVELS = ['学徒工', '初级', '中级', '高级', '技师', '高级技师', '特级技师', '首席技师'];

/** 企业技能人才自主评价续期备案申请表 (鲁人社函〔2024〕62号 附件1), four columns as printed. */
export function applicationDocument(model: ApplicationModel): TDocumentDefinitions {
  const body: TableCell[][] = [
    heading('一、基本信息'),
    wide('企业名称', model.enterpriseName),
    wide('统一社会信用代码', model.uscc),
    [
      label('机构类型'),
      textCell(checkbox('央企分支机构', model.enterpriseType === 'central')),
      textCell(checkbox('省辖企业', model.enterpriseType === 'provincial'), { colSpan: 2 }),
      SPANNED,
    ],
    wide('人社部门备案号', model.filingNo),
    [label('联系人'), textCell(model.contact), label('联系电话'), textCell(model.phone)],
    wide('地址', model.address),
    heading('二、存续情况'),
    [
      label('主体资质是否变更'),
      textCell(yesNo(model.qualificationChanged)),
      label('变更项'),
      textCell(`${model.changedItems ?? ''}（具体证明材料附后）`),
    ],
    [
      label('企业信用是否良好'),
      textCell(checkbox('良好', model.creditGood === true)),
      textCell(checkbox('存在问题', model.creditGood === false), { colSpan: 2 }),
      SPANNED,
    ],
    heading('三、备案期情况'),
    wide('当前备案有效期', `自 ${yearMonth(model.validFrom)} 至 ${yearMonth(model.validTo)}`),
    wide('是否开展认定工作', `${yesNo(model.evaluated)}（未开展原因：${model.notEvaluatedReason ?? '        '}）`),
    [
      label('是否开展委托评价'),
      textCell(yesNo(model.entrusted)),
      label('开展委托评价情况'),
      textCell(`${model.entrustedDetails ?? ''}（具体情况附后）`),
    ],
    wide('当前备案期发证数量', CERTIFICATE_LEVELS.map((level) => `${level}: ${model.certificatesByLevel[level] ?? 0}`).join('  ')),
    wide(
      '技能人员持证比例',
      `本企业现有技能人员持证总数 ${blankNumber(model.holders)} 人，职工总数 ${blankNumber(model.employees)} 人，占比 ${ratio(model.holders, model.employees)} %。`,
    ),
    [
      label('企业意见', { rowSpan: 2 }),
      textCell(`是否愿意继续开展职业技能等级认定： ${yesNo(model.willingToContinue)}`, { colSpan: 3 }),
      SPANNED,
      SPANNED,
    ],
    [
      SPANNED,
      textCell(
        '本单位承诺填写内容、申请材料真实有效，如有虚假，愿承担相应责任。\n\n负责人（签字）            盖章\n\n                                        年    月    日',
        { colSpan: 3 },
      ),
      SPANNED,
      SPANNED,
    ],
  ];
  return reportDocument({
    title: `企业技能人才自主评价续期备案申请表 — ${model.enterpriseName}`,
    fingerprint: fingerprintOf(model),
    content: [
      { text: '附件 1', style: 'attachmentNo' },
      { text: '企业技能人才自主评价续期备案申请表', style: 'title' },
      { table: { dontBreakRows: true, widths: [95, '*', 80, '*'], body }, layout: { ...THIN_GRID, paddingTop: () => 5, paddingBottom: () => 5 } },
    ],
  });
}

function label(text: string, extra: Record<string, unknown> = {}): TableCell {
  return textCell(text, { bold: true, ...extra });
}

function heading(text: string): TableCell[] {
  return [textCell(text, { bold: true, colSpan: 4, fillColor: '#eeeeee' }), SPANNED, SPANNED, SPANNED];
}

function wide(name: string, value: string | null): TableCell[] {
  return [label(name), textCell(value, { colSpan: 3 }), SPANNED, SPANNED];
}

function yesNo(value: boolean | null): string {
  return `${checkbox('是', value === true)}  ${checkbox('否', value === false)}`;
}

/** 2021-06-30 → 2021 年 06 月; blanks to fill by hand when unknown. */
function yearMonth(date: string | null): string {
  if (!date) return '    年    月';
  const [year, month] = date.split('-');
  return `${year} 年 ${month ?? '  '} 月`;
}

function blankNumber(value: number | null): string {
  return value === null ? '    ' : String(value);
}

function ratio(part: number | null, whole: number | null): string {
  if (part === null || whole === null || whole === 0) return '    ';
  return (Math.round((part * 1000) / whole) / 10).toFixed(1);
}
