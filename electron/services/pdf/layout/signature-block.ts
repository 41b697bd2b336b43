import type { Content, TableCell } from 'pdfmake/interfaces';
import type { PanelMember, Signer } from '../model/common';
import { centerCell, headerCell } from './cells';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A data URL for a PNG signature, or null when the data is not a PNG (it is never read as a file path). */
export function pngDataUrl(png: string | null): string | null {
  if (!png) return null;
  const base64 = png.startsWith('data:') ? png.slice(png.indexOf(',') + 1) : png;
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length < PNG_MAGIC.length || !bytes.subarray(0, PNG_MAGIC.length).equals(PNG_MAGIC)) return null;
  return `data:image/png;base64,${bytes.toString('base64')}`;
}

const BLANK_DATE = '    年    月    日';
/** pdfmake's default left + right padding of a table cell, which a column's width does not include. */
const CELL_PADDING = 8;
const GRID = { hLineWidth: () => 0.6, vLineWidth: () => 0.6 };

/**
 * 专家评估组签名: one row per member with the handwritten image, or a blank line to sign on paper; then
 * 被评估机构负责人签字 the same way. Kept on one page together.
 */
export function signatureBlock(panel: readonly PanelMember[], representative: Signer | null, minimumRows = 3): Content {
  const members: (PanelMember | null)[] = [...panel];
  while (members.length < minimumRows) members.push(null);
  const body: TableCell[][] = [[headerCell('职务'), headerCell('姓名'), headerCell('签名'), headerCell('日期')]];
  for (const member of members) body.push([centerCell(member?.role ?? ''), ...signerCells(member)]);
  return {
    stack: [
      { text: '专家评估组签名', style: 'sectionHeading' },
      { table: { headerRows: 1, dontBreakRows: true, widths: [50, 80, '*', 90], body }, layout: GRID },
      { text: '被评估机构负责人签字', style: 'sectionHeading' },
      // 姓名 spans the panel's 职务 and 姓名 columns so the rules line up with the table above.
      {
        table: {
          dontBreakRows: true,
          widths: [50 + 80 + CELL_PADDING, '*', 90],
          body: [[headerCell('姓名'), headerCell('签名'), headerCell('日期')], signerCells(representative)],
        },
        layout: GRID,
      },
    ],
    unbreakable: true,
  };
}

/** 姓名, 签名 and 日期 of one signer: the handwritten image and date, or blank lines to sign on paper. */
function signerCells(signer: Signer | null): TableCell[] {
  const image = pngDataUrl(signer?.signaturePng ?? null);
  return [
    centerCell(signer?.name ?? ''),
    image ? { image, fit: [120, 34], alignment: 'center' } : centerCell(signer?.signaturePng ? '（签名图像无效）' : '', { margin: [0, 12, 0, 12] }),
    centerCell(signer?.signedAt ?? BLANK_DATE),
  ];
}
