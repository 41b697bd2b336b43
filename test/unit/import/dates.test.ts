import { describe, expect, it } from 'vitest';
import { excelSerialToIso, parseDateRange, parseDateText, parseFilingYear } from '../../../shared/import/dates';

describe('import dates', () => {
  it.each([
    ['2020-09-01', '2020-09-01'],
    ['2020/9/1', '2020-09-01'],
    ['2020年9月1日', '2020-09-01'],
    ['2020.09.01', '2020-09-01'],
    ['20200901', '2020-09-01'],
    ['２０２０－０９－０１', '2020-09-01'],
    ['2020-09-01 00:00:00', '2020-09-01'],
  ])('reads %s', (text, iso) => {
    expect(parseDateText(text)).toEqual({ ok: true, value: iso });
  });

  it('rejects dates that do not exist and says so', () => {
    expect(parseDateText('2021-02-30')).toEqual({ ok: false, reason: { code: 'ROW_DATE_NONEXISTENT', params: { text: '2021-02-30' } } });
    expect(parseDateText('2023-13-01')).toMatchObject({ ok: false });
    expect(parseDateText('下周一')).toEqual({ ok: false, reason: { code: 'ROW_DATE_UNRECOGNISED', params: { text: '下周一' } } });
  });

  it('Excel serials in the 1900 system, skipping the fictitious 1900-02-29', () => {
    expect(excelSerialToIso(44075)).toEqual({ ok: true, value: '2020-09-01' });
    expect(excelSerialToIso(1)).toEqual({ ok: true, value: '1900-01-01' });
    expect(excelSerialToIso(61)).toEqual({ ok: true, value: '1900-03-01' });
    expect(excelSerialToIso(60)).toMatchObject({ ok: false });
    expect(excelSerialToIso(44075.75)).toEqual({ ok: true, value: '2020-09-01' });
  });

  it('validity ranges with 至，~ or a hyphen between two dates', () => {
    expect(parseDateRange('2020-09-01至2023-08-31')).toEqual({ ok: true, value: { from: '2020-09-01', to: '2023-08-31' } });
    expect(parseDateRange('2020/9/1 ~ 2023/8/31')).toEqual({ ok: true, value: { from: '2020-09-01', to: '2023-08-31' } });
    expect(parseDateRange('2020.09.01-2023.08.31')).toEqual({ ok: true, value: { from: '2020-09-01', to: '2023-08-31' } });
    expect(parseDateRange('2020-09-01-2023-08-31')).toEqual({ ok: true, value: { from: '2020-09-01', to: '2023-08-31' } });
    expect(parseDateRange('2023-08-31至2020-09-01')).toEqual({
      ok: false,
      reason: { code: 'ROW_VALIDITY_END_BEFORE_START', params: { from: '2023-08-31', to: '2020-09-01' } },
    });
    expect(parseDateRange('2021-02-30至2024-02-28')).toEqual({ ok: false, reason: { code: 'ROW_DATE_NONEXISTENT', params: { text: '2021-02-30' } } });
  });

  it('R-INS-02 备案年度 as 2020年，2020, 2020年度 or a full 备案时间', () => {
    expect(parseFilingYear('2020年')).toEqual({ ok: true, value: { year: 2020, filedOn: null } });
    expect(parseFilingYear(2021)).toEqual({ ok: true, value: { year: 2021, filedOn: null } });
    expect(parseFilingYear('2021年度')).toEqual({ ok: true, value: { year: 2021, filedOn: null } });
    expect(parseFilingYear('2020-09-01')).toEqual({ ok: true, value: { year: 2020, filedOn: '2020-09-01' } });
    expect(parseFilingYear(44075)).toEqual({ ok: true, value: { year: 2020, filedOn: '2020-09-01' } });
    expect(parseFilingYear('去年')).toMatchObject({ ok: false });
  });
});
