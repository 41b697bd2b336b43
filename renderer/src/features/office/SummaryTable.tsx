import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpinionKey, SyncSummary } from '../../../../shared/ipc/channels/sync';
import { scoreText } from './scoreText';
import { SummaryDecisionNote } from './SummaryDecisionNote';

/** 小计 (under the year column, so four label columns) and 合计 (five): institutions per opinion column. */
function CountsRow({
  className,
  label,
  labelColumns,
  opinions,
  counts,
}: {
  className: string;
  label: string;
  labelColumns: number;
  opinions: readonly OpinionKey[];
  counts: Partial<Record<OpinionKey, number>>;
}) {
  return (
    <tr className={className}>
      <th scope="row" colSpan={labelColumns}>
        {label}
      </th>
      {opinions.map((key) => (
        <td className="center" key={key}>
          {counts[key] ?? 0}
        </td>
      ))}
      <td />
    </tr>
  );
}

/**
 * 评估意见汇总表 laid out like the form: by filing year, ✓ in one opinion column (the categories the forms decide,
 * numbered （一）…), 小计 per year and 合计.
 */
export function SummaryTable({ summary }: { summary: SyncSummary }) {
  const { t } = useTranslation();
  const opinions = summary.columns.map((column) => column.category);
  return (
    <table className="form-table summary-table">
      <caption className="visually-hidden">{t('office.summary.heading')}</caption>
      <thead>
        <tr>
          <th scope="col" className="col-year">
            {t('office.summary.columns.year')}
          </th>
          <th scope="col" className="col-no">
            {t('office.summary.columns.no')}
          </th>
          <th scope="col">{t('office.summary.columns.institution')}</th>
          <th scope="col" className="col-filing">
            {t('office.summary.columns.filingNo')}
          </th>
          <th scope="col" className="col-kind">
            {t('office.summary.columns.kind')}
          </th>
          {summary.columns.map((column, index) => (
            <th scope="col" className="col-opinion" key={column.category}>
              {t('office.summary.opinionHeading', {
                no: column.no,
                index: index + 1,
                label: t(`office.summary.opinions.${column.category}`, { defaultValue: column.label }),
              })}
            </th>
          ))}
          <th scope="col" className="col-opinion">
            {t('office.summary.columns.score', { no: summary.scoreNo, index: summary.columns.length + 1 })}
          </th>
        </tr>
      </thead>
      <tbody>
        {summary.years.map((year) => (
          <Fragment key={year.filingYear}>
            {year.rows.map((row, index) => (
              <tr key={row.inspectionId}>
                {index === 0 && (
                  <th scope="rowgroup" rowSpan={year.rows.length + 1} className="group-cell">
                    {t('office.summary.yearGroup', { year: year.filingYear })}
                  </th>
                )}
                <td className="center">{index + 1}</td>
                <td>
                  {row.institutionName}
                  {row.opinion === null && <span className="small muted">{t('office.summary.otherOutcome', { outcome: row.outcomeLabel })}</span>}
                  <SummaryDecisionNote row={row} />
                </td>
                <td className="mono">{row.filingNo}</td>
                <td>{row.kindLabel}</td>
                {opinions.map((key) => (
                  <td className="center" key={key}>
                    {row.opinion === key ? t('office.summary.checked') : ''}
                  </td>
                ))}
                <td className="num">{scoreText(row.scoreHundredths)}</td>
              </tr>
            ))}
            <CountsRow className="subtotal-row" label={t('office.summary.subtotal')} labelColumns={4} opinions={opinions} counts={year.counts} />
          </Fragment>
        ))}
        <CountsRow className="total-row" label={t('office.summary.total')} labelColumns={5} opinions={opinions} counts={summary.totals} />
      </tbody>
    </table>
  );
}
