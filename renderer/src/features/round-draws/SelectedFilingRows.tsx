import { useTranslation } from 'react-i18next';
import type { DrawnPanel, SelectedFiling } from '../../../../shared/domain/double-random/types';
import { exclusionCounts, exclusionText, selectionText } from './drawText';

/** One selected filing: why it was selected, its drawn batches, its panel and (expandable) every expert kept off it. */
export function SelectedFilingRows({ filing, panel }: { filing: SelectedFiling; panel: DrawnPanel | null }) {
  const { t } = useTranslation();
  const short = panel?.shortfall ?? null;
  return (
    <tbody data-testid={`round-selected-${filing.filingId}`}>
      <tr className={short || !panel ? 'row-invalid' : undefined}>
        <th scope="row">{filing.institutionName}</th>
        <td className="mono nowrap">{filing.filingNo}</td>
        <td>{t(`institutions.kinds.${filing.kind}`)}</td>
        <td>{selectionText(filing.reasons)}</td>
        <td className="mono small">{filing.batches.map((b) => b.batchNo).join(', ') || '—'}</td>
        <td data-testid={`round-panel-${filing.filingId}`}>
          {panel ? (
            <ul className="plain-list">
              {panel.seats.map((seat) => (
                <li key={seat.code}>
                  {t('roundDraws.result.seat', { role: t(`roundDraws.result.roles.${seat.role}`), name: seat.name })}{' '}
                  <span className="mono muted small">{seat.code}</span>
                  {seat.specialist && <span className="badge badge-info">{t('roundDraws.result.specialist')}</span>}
                </li>
              ))}
              {short && (
                <li className="error">
                  {t('roundDraws.result.shortfall', {
                    parts: [
                      ...(short.leader ? [t('roundDraws.result.shortLeader')] : []),
                      ...(short.members > 0 ? [t('roundDraws.result.shortMembers', { count: short.members })] : []),
                    ].join('、'),
                  })}
                </li>
              )}
            </ul>
          ) : (
            <span className="error">{t('roundDraws.result.noPanel')}</span>
          )}
        </td>
      </tr>
      {panel && panel.exclusions.length > 0 && (
        <tr>
          <td colSpan={6}>
            <details data-testid={`round-exclusions-${filing.filingId}`}>
              <summary>
                {t('roundDraws.result.exclusions', {
                  count: panel.exclusions.length,
                  summary: exclusionCounts(panel.exclusions)
                    .map((c) => t('roundDraws.result.exclusionCount', { label: c.label, count: c.count }))
                    .join(t('roundDraws.result.listSeparator')),
                })}
              </summary>
              <ul className="plain-list small">
                {panel.exclusions.map((exclusion) => (
                  <li key={exclusion.code}>
                    {exclusion.name} <span className="mono muted">{exclusion.code}</span>
                    {t('roundDraws.result.exclusionReasons', { reasons: exclusionText(exclusion.reasons) })}
                  </li>
                ))}
              </ul>
            </details>
          </td>
        </tr>
      )}
    </tbody>
  );
}
