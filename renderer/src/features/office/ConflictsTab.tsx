import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncConflict, SyncReviewItem } from '../../../../shared/ipc/channels/sync';
import { OpenedFileReport } from './OpenedFileReport';
import { OpenFileButtons } from './OpenFileButtons';
import { ReviewActions } from './ReviewActions';
import { ReviewBadges } from './ReviewBadges';
import { roundFieldsOf } from './reviewRound';
import { ReviewRound } from './ReviewRound';
import { scoreText } from './scoreText';
import { useReviewData } from './useReviewData';

/** `compared`: the plain value, for rows where versions that differ are flagged. */
type Row = { label: string; cell(version: SyncReviewItem): ReactNode; compared?(version: SyncReviewItem): string };

/** One line of the comparison; a line whose values differ between the versions is flagged 不同. */
function ConflictRow({ row, versions }: { row: Row; versions: SyncReviewItem[] }) {
  const { t } = useTranslation();
  const compared = row.compared;
  const differs = compared !== undefined && new Set(versions.map((v) => compared(v))).size > 1;
  return (
    <tr className={differs ? 'row-differs' : undefined}>
      <th scope="row">
        {row.label}
        {differs && <span className="badge badge-warn differs">{t('office.conflicts.differs')}</span>}
      </th>
      {versions.map((v) => (
        <td key={v.importedId}>{row.cell(v)}</td>
      ))}
    </tr>
  );
}

/** One assessment's versions side by side, one column each, so the clerk compares them line by line. */
function ConflictGroup({ conflict }: { conflict: SyncConflict }) {
  const { t } = useTranslation();
  const rows: Row[] = [
    { label: t('office.review.columns.device'), cell: (v) => <span className="mono">{v.deviceKey}</span> },
    { label: t('office.review.columns.round'), cell: (v) => <ReviewRound item={v} />, compared: (v) => roundFieldsOf(v).round?.uid ?? '' },
    { label: t('office.review.columns.date'), cell: (v) => v.inspectionDate, compared: (v) => v.inspectionDate },
    {
      label: t('office.review.columns.revision'),
      cell: (v) => t('office.review.revision', { revision: v.revision }),
      compared: (v) => String(v.revision),
    },
    { label: t('office.review.columns.score'), cell: (v) => scoreText(v.scoreHundredths), compared: (v) => scoreText(v.scoreHundredths) },
    { label: t('office.review.columns.outcome'), cell: (v) => v.outcomeLabel, compared: (v) => v.outcomeLabel },
    { label: t('office.review.columns.status'), cell: (v) => <ReviewBadges item={v} /> },
    { label: t('office.review.columns.files'), cell: (v) => <OpenFileButtons files={v.files} /> },
    { label: t('office.review.columns.actions'), cell: (v) => <ReviewActions item={v} /> },
  ];
  const headingId = `conflict-${conflict.conflictKey.replace(/[^A-Za-z0-9]/g, '-')}`;
  return (
    <section className="card" aria-labelledby={headingId} data-testid="conflict">
      <div className="card-header">
        <h3 id={headingId}>{t('office.review.nameWithFiling', { name: conflict.institutionName, filingNo: conflict.filingNo })}</h3>
        <span className={`badge ${conflict.resolved ? 'badge-ok' : 'badge-danger'}`}>
          {conflict.resolved ? t('office.conflicts.resolved') : t('office.conflicts.unresolved')}
        </span>
      </div>
      <table className="form-table conflict-table">
        <thead>
          <tr>
            <th scope="col" className="col-field">
              {t('office.conflicts.field')}
            </th>
            {conflict.versions.map((v, index) => (
              <th scope="col" key={v.importedId}>
                {t('office.conflicts.version', { n: index + 1 })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <ConflictRow key={row.label} row={row} versions={conflict.versions} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ConflictsTab() {
  const { t } = useTranslation();
  const { conflicts, loaded } = useReviewData();
  return (
    <section aria-labelledby="office-conflicts-heading">
      <h2 id="office-conflicts-heading">{t('office.conflicts.heading')}</h2>
      <p className="lead-text">{t('office.conflicts.intro')}</p>
      <OpenedFileReport />
      {loaded && conflicts.length === 0 ? (
        <p className="empty-state">{t('office.conflicts.empty')}</p>
      ) : (
        conflicts.map((c) => <ConflictGroup key={c.conflictKey} conflict={c} />)
      )}
    </section>
  );
}
