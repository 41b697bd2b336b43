const PDF_DATE = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(?:(\d{2})'?(\d{2})?'?)?)?$/;

/**
 * A PDF date string (ISO 32000-1 §7.9.4), e.g. D:20261120023000Z or D:20261120103000+08'00', as a Date; null when
 * it is not one. Fields left out default to the start of the period, a missing offset to UTC.
 */
export function parsePdfDate(text: string): Date | null {
  const match = PDF_DATE.exec(text.trim());
  if (!match) return null;
  const [year, month = '01', day = '01', hour = '00', minute = '00', second = '00', sign, offsetHours = '00', offsetMinutes = '00'] = match.slice(1);
  const fields = [year, month, day, hour, minute, second].map(Number) as [number, number, number, number, number, number];
  const utc = Date.UTC(fields[0], fields[1] - 1, fields[2], fields[3], fields[4], fields[5]);
  // Date.UTC rolls a month 13 or a day 32 over into the next period: such a date is not one.
  const back = new Date(utc);
  const roundTrip = [
    back.getUTCFullYear(),
    back.getUTCMonth() + 1,
    back.getUTCDate(),
    back.getUTCHours(),
    back.getUTCMinutes(),
    back.getUTCSeconds(),
  ];
  if (roundTrip.some((value, index) => value !== fields[index])) return null;
  const offset = (Number(offsetHours) * 60 + Number(offsetMinutes)) * 60_000 * (sign === '-' ? -1 : sign === '+' ? 1 : 0);
  return new Date(utc - offset);
}
