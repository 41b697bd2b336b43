import { useTranslation } from 'react-i18next';
import type { FilingDetail } from '../../../../shared/ipc/channels/institutions';
import { SKILL_LEVEL_LABELS } from '../../../../shared/domain/validation/skill-level';

/** Batches with their candidates folded away (a filing may have hundreds); ID numbers arrive masked. */
export function BatchList({ filing }: { filing: FilingDetail }) {
  const { t } = useTranslation();
  const occupationName = new Map(filing.occupations.map((o) => [o.id, o.name]));
  if (filing.batches.length === 0) return <p className="muted">{t('institution.noBatches')}</p>;
  return (
    <div className="batch-list">
      {filing.batches.map((batch) => (
        <details key={batch.id} className="batch">
          <summary>
            <span className="mono">{batch.batchNo}</span>
            <span>{occupationName.get(batch.filedOccupationId)}</span>
            <span>{SKILL_LEVEL_LABELS[batch.level]}</span>
            <span>{t('institution.examDate', { date: batch.examDate })}</span>
            <span className="muted">{t('institution.candidateCount', { count: batch.candidates.length })}</span>
          </summary>
          <table className="data-table compact">
            <thead>
              <tr>
                <th scope="col">{t('institution.candidate.name')}</th>
                <th scope="col">{t('institution.candidate.idNumber')}</th>
                <th scope="col">{t('institution.candidate.result')}</th>
                <th scope="col">{t('institution.candidate.certificate')}</th>
                <th scope="col">{t('institution.candidate.uploaded')}</th>
              </tr>
            </thead>
            <tbody>
              {batch.candidates.map((c) => (
                <tr key={c.id}>
                  <td>{c.name}</td>
                  <td className="mono">{c.idNumberMasked}</td>
                  <td>{c.result ? t(`institution.candidate.results.${c.result}`) : '—'}</td>
                  <td className="mono">{c.certificateNo ?? '—'}</td>
                  <td>{c.uploadedNational ? t('common.yes') : t('common.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ))}
    </div>
  );
}
