import { useTranslation } from 'react-i18next';
import type { NumberedDraw } from '../../../../shared/domain/sampling';

/** What one draw picked, its seed, and every relaxation or shortfall in plain words. */
export function DrawResult({ record, candidates }: { record: NumberedDraw; candidates: Map<string, string> }) {
  const { t } = useTranslation();
  return (
    <div className="draw-result">
      <p className="muted">
        {t('sampling.population', {
          batches: record.population.batches,
          candidates: record.population.candidates,
          occupations: record.population.occupations,
        })}
      </p>
      <p className="muted">
        {t('sampling.seed')}
        <code className="seed" title={record.seed}>
          {record.seed.slice(0, 16)}…
        </code>
        {record.year && <span>{t('sampling.year', { year: record.year })}</span>}
      </p>
      {record.notes.length > 0 && (
        <div className="notice notice-warn" role="note">
          <ul>
            {record.notes.map((note) => (
              <li key={note.code + note.message}>{note.message}</li>
            ))}
          </ul>
        </div>
      )}
      {record.batches.length > 0 && (
        <table className="data-table compact" data-testid={`drawn-batches-${record.rule}`}>
          <thead>
            <tr>
              <th scope="col">{t('sampling.batchNo')}</th>
              <th scope="col">{t('sampling.occupation')}</th>
              <th scope="col">{t('sampling.level')}</th>
              <th scope="col">{t('sampling.examDate')}</th>
              <th scope="col">{t('sampling.candidates')}</th>
            </tr>
          </thead>
          <tbody>
            {record.batches.map((batch) => (
              <tr key={batch.batchId}>
                <td className="mono">{batch.batchId}</td>
                <td>{batch.occupationName}</td>
                <td>{batch.levelLabel}</td>
                <td>{batch.examDate}</td>
                <td>
                  {batch.candidateIds.length > 0
                    ? t('sampling.drawnOf', { drawn: batch.candidateIds.length, total: batch.candidatesInBatch })
                    : t('sampling.inBatch', { total: batch.candidatesInBatch })}
                  {batch.candidateIds.length > 0 && (
                    <details>
                      <summary>{t('sampling.showCandidates')}</summary>
                      <ul className="plain-list small">
                        {batch.candidateIds.map((id) => (
                          <li key={id}>{candidates.get(id) ?? id}</li>
                        ))}
                      </ul>
                    </details>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {record.occupations.length > 0 && (
        <ul className="plain-list">
          {record.occupations.map((o) => (
            <li key={o.occupationCode}>{t('sampling.drawnOccupation', { name: o.occupationName, code: o.occupationCode, batches: o.batchCount })}</li>
          ))}
        </ul>
      )}
      {record.batches.length > 0 && record.batches.some((b) => b.candidateIds.length > 0) && (
        <p className="muted">{t('sampling.candidateTotal', { count: record.candidateTotal })}</p>
      )}
    </div>
  );
}
