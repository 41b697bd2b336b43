import { useTranslation } from 'react-i18next';
import type { RoundDrawRecord } from '../../../../shared/domain/double-random/types';
import { panelsByFiling } from './drawText';
import { SelectedFilingRows } from './SelectedFilingRows';

/** 抽取结果: the counts and hashes, every shortfall or relaxation in words first, then each filing with its panel. */
export function DrawResult({ record }: { record: RoundDrawRecord }) {
  const { t } = useTranslation();
  const panels = panelsByFiling(record.panels);
  const shortPanels = record.panels.filter((p) => p.shortfall !== null).length;
  return (
    <section className="card" aria-labelledby="round-result-heading" data-testid="round-draw-result">
      <h2 id="round-result-heading">{t('roundDraws.result.heading')}</h2>
      <p>
        {t('roundDraws.result.counts', {
          filings: record.counts.filings,
          experts: record.counts.experts,
          activeExperts: record.counts.activeExperts,
          selected: record.selected.length,
          panels: record.panels.length,
          shortPanels,
        })}
      </p>
      <dl className="facts small">
        <dt>{t('roundDraws.result.drawn')}</dt>
        <dd>{t('roundDraws.result.drawnBy', { at: record.drawnAt, by: record.drawnBy })}</dd>
        <dt>{t('roundDraws.result.institutionHash')}</dt>
        <dd className="mono">{record.institutionDirectoryHash}</dd>
        <dt>{t('roundDraws.result.expertHash')}</dt>
        <dd className="mono">{record.expertDirectoryHash}</dd>
        <dt>{t('roundDraws.result.algorithm')}</dt>
        <dd className="mono">{record.algorithm}</dd>
      </dl>
      {record.notes.length > 0 && (
        <div className="notice notice-warn" role="note">
          <p>
            <strong>{t('roundDraws.result.notes')}</strong>
          </p>
          <ul>
            {record.notes.map((note, index) => (
              <li key={index} data-testid="round-note">
                {note.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {record.selected.length === 0 ? (
        <p className="empty-state">{t('roundDraws.result.noneSelected')}</p>
      ) : (
        <div className="wide-scroll">
          <table className="data-table compact" data-testid="round-selected">
            <thead>
              <tr>
                <th scope="col">{t('roundDraws.result.columns.institution')}</th>
                <th scope="col">{t('roundDraws.result.columns.filingNo')}</th>
                <th scope="col">{t('roundDraws.result.columns.kind')}</th>
                <th scope="col">{t('roundDraws.result.columns.reasons')}</th>
                <th scope="col">{t('roundDraws.result.columns.batches')}</th>
                <th scope="col">{t('roundDraws.result.columns.panel')}</th>
              </tr>
            </thead>
            {record.selected.map((filing) => (
              <SelectedFilingRows key={filing.filingId} filing={filing} panel={panels.get(filing.filingId) ?? null} />
            ))}
          </table>
        </div>
      )}
    </section>
  );
}
