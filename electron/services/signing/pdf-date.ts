const PDF_DATE = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(?:(\d{2})'?(\d{2})?'?)?)?$/;

/**
 * A PDF date string (ISO 32000-1 §7.9.4), e.g. D:20261120023000Z or D:20261120103000+08'00', as a Date; null when
 * it is not one. Fields left out default to the start of the period, a missing offset to UTC.
 */
export function parsePdfDate(text: string): Date | null {
  const match = PDF_DATE.exec(text.trim());
  if (!match) return null;
  const [year, month = '01', day = '01', hour = '00', minute = '00', second = '00', sign, offsetHours = '00', offsetMinutes = '00'] = match.slice(1);
  const utc = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  const offset = (Number(offsetHours) * 60 + Number(offsetMinutes)) * 60_000 * (sign === '-' ? -1 : sign === '+' ? 1 : 0);
  const date = new Date(utc - offset);
  return Number.isNaN(date.getTime()) ? null : date;
}
