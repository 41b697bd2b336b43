/**
 * A row problem as main words it, "列名:原因" (or with a full-width colon), shown without repeating the column
 * when the reason already names it ("统一社会信用代码:统一社会信用代码校验位错误" → "统一社会信用代码校验位错误").
 */
export function problemText(problem: string): string {
  const match = /^([^:：]{1,40})[:：](.*)$/s.exec(problem);
  if (!match) return problem;
  const column = match[1] ?? '';
  const reason = (match[2] ?? '').trim();
  return reason.startsWith(column) ? reason : `${column}：${reason}`;
}
