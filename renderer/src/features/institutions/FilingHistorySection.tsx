import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFilingHistoryStore } from './filingHistoryStore';
import { HistoryRound } from './HistoryRound';

/** 评估历史: every round of one filing, newest first, with its inspections, signed PDFs and rectifications. */
export function FilingHistorySection({ filingId }: { filingId: number }) {
  const { t } = useTranslation();
  const history = useFilingHistoryStore((s) => s.byFiling[filingId] ?? null);
  const error = useFilingHistoryStore((s) => s.errors[filingId] ?? null);
  const load = useFilingHistoryStore((s) => s.load);

  useEffect(() => {
    void load(filingId);
  }, [filingId, load]);

  return (
    <section className="filing-history" aria-labelledby={`filing-history-${filingId}`} data-testid="filing-history">
      <h3 id={`filing-history-${filingId}`}>{t('history.heading')}</h3>
      {error ? (
        <p role="alert" className="error">
          {t('history.loadFailed', { message: error })}
        </p>
      ) : !history ? (
        <p className="muted">{t('app.loading')}</p>
      ) : history.rounds.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        history.rounds.map((entry) => <HistoryRound key={entry.round?.uid ?? 'early'} entry={entry} />)
      )}
    </section>
  );
}
