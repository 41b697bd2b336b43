import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { formatPoints } from '../../../shared/domain/scoring/points';
import type { AppendixModel } from '../../../electron/services/pdf/model/appendix';
import type { SheetModel } from '../../../electron/services/pdf/model/sheet';

// The Shanxi sheet + appendix as plain HTML, for timing Chromium's page.pdf against our pdfmake output on the
// same content and the same font. Bench only: the app never renders reports through a browser.

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

export function reportHtml(sheet: SheetModel, appendix: AppendixModel, fontDir: string): string {
  const results = new Map(sheet.result.items.map((item) => [item.itemId, item]));
  const rows = sheet.template.sections.flatMap((section) =>
    section.groups.flatMap((group) =>
      group.items.map((item) => {
        const points = results.get(item.id)?.points;
        return `<tr><td>${escape(section.title)}</td><td>${escape(group.title ?? '')}</td><td>${escape(`${item.id} ${item.content}`)}</td><td>${escape(item.method ?? '')}</td><td>${escape(item.scoringRule)}</td><td>${points == null ? '' : formatPoints(points)}</td></tr>`;
      }),
    ),
  );
  const draws = appendix.draws.map((draw) =>
    `<h3>${escape(draw.ruleId)} ${escape(draw.ruleText)}</h3><p>种子 ${draw.seed}<br>总体哈希 ${draw.populationHash}</p><table>${draw.units.map((u) => `<tr><td>${escape(u.id)}</td><td>${escape(u.label)}</td></tr>`).join('')}</table>`,
  );
  const findings = appendix.findings.map((f) => `<tr><td>${escape(f.itemId)}</td><td>${escape(f.unit ?? '')}</td><td>${escape(f.description)}</td></tr>`);
  const font = (file: string) => pathToFileURL(join(fontDir, file)).href;
  return `<!doctype html><html><head><meta charset="utf-8"><style>
@font-face { font-family: Noto; src: url('${font('NotoSansSC-Regular.ttf')}'); }
@font-face { font-family: Noto; font-weight: bold; src: url('${font('NotoSansSC-Bold.ttf')}'); }
@page { size: A4; margin: 15mm 15mm 18mm 28mm; }
body { font-family: Noto; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; } thead { display: table-header-group; }
td, th { border: 0.6pt solid #000; padding: 2pt 3pt; vertical-align: top; } tr { break-inside: avoid; }
</style></head><body>
<h1>${escape(sheet.template.title)}</h1><p>机构名称(签章):${escape(sheet.institution.name)} 机构备案号:${escape(sheet.institution.filingNo)}</p>
<table><thead><tr><th>评估类别</th><th>评估项目</th><th>评估内容</th><th>评估办法</th><th>评分标准</th><th>得分</th></tr></thead><tbody>${rows.join('')}</tbody></table>
<p>合计 ${formatPoints(sheet.result.total)} 分;${escape(sheet.result.outcome.label)}</p>
<h2 style="break-before: page">抽样记录与问题清单</h2>${draws.join('')}
<table><thead><tr><th>评估内容</th><th>涉及单元</th><th>问题描述</th></tr></thead><tbody>${findings.join('')}</tbody></table>
</body></html>`;
}
