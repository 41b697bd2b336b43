import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilingHistorySection } from '../institutions/FilingHistorySection';
import { OpenedFileReport } from './OpenedFileReport';
import { OpenFileButtons } from './OpenFileButtons';
import { ReviewActions } from './ReviewActions';
import { ReviewBadges } from './ReviewBadges';
import { needsRectification, OpenRectificationButton } from './OpenRectificationButton';
import { ReviewPager } from './ReviewPager';
import { ReviewRound } from './ReviewRound';
import { useOpenedRectifications } from './useOpenedRectifications';
import { scoreText } from './scoreText';
import { useReviewData } from './useReviewData';

/** The imported versions a page at a time with their review status; accept, return with a comment, open the signed PDFs. */
export function ReviewTab() {
  const { t } = useTranslation();
  const { items, offset, total, pending, loaded, error, load } = useReviewData();
  const openedFor = useOpenedRectifications(items);
  // One filing's history (every round, score, outcome, PDF, rectification) opens under its row.
  const [historyOf, setHistoryOf] = useState<number | null>(null);
  // Main pages in import order; within the page the versions of one filing stand next to each other, so a conflict
  // whose versions share a page reads as two neighbouring rows (the 冲突 tab sets every conflict side by side).
  const rows = [...items].sort((a, b) => a.filingYear - b.filingYear || a.filingNo.localeCompare(b.filingNo) || a.importedId - b.importedId);
  return (
    <section aria-labelledby="office-review-heading">
      <div className="card-header">
        <h2 id="office-review-heading">{t('office.review.heading')}</h2>
        {total > 0 && <span className="muted">{t('office.review.count', { count: total, pending })}</span>}
      </div>
      {error && (
        <p role="alert" className="error">
          {t('errors.generic', { message: error })}
        </p>
      )}
      <OpenedFileReport />
      {loaded && total === 0 ? (
        <p className="empty-state">{t('office.review.empty')}</p>
      ) : (
        <table className="data-table compact review-table">
          <thead>
            <tr>
              <th scope="col">{t('office.review.columns.institution')}</th>
              <th scope="col">{t('office.review.columns.filing')}</th>
              <th scope="col">{t('office.review.columns.round')}</th>
              <th scope="col">{t('office.review.columns.device')}</th>
              <th scope="col">{t('office.review.columns.date')}</th>
              <th scope="col">{t('office.review.columns.revision')}</th>
              <th scope="col" className="num">
                {t('office.review.columns.score')}
              </th>
              <th scope="col">{t('office.review.columns.outcome')}</th>
              <th scope="col">{t('office.review.columns.status')}</th>
              <th scope="col">{t('office.review.columns.files')}</th>
              <th scope="col">{t('office.review.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((item) => (
              <Fragment key={item.importedId}>
                <tr className={item.superseded ? 'row-superseded' : undefined} data-testid={`review-row-${item.importedId}`}>
                  <th scope="row">
                    {item.institutionName}
                    <br />
                    <button
                      type="button"
                      className="button small"
                      aria-expanded={historyOf === item.importedId}
                      data-testid="review-history-toggle"
                      onClick={() => setHistoryOf(historyOf === item.importedId ? null : item.importedId)}
                    >
                      {t('office.review.history')}
                    </button>
                  </th>
                  <td>
                    <span className="mono">{item.filingNo}</span>
                    <br />
                    <span className="small muted">{t('office.review.filingYear', { year: item.filingYear })}</span>
                  </td>
                  <td>
                    <ReviewRound item={item} />
                  </td>
                  <td className="mono nowrap">{item.deviceKey}</td>
                  <td className="nowrap">{item.inspectionDate}</td>
                  <td className="nowrap">{t('office.review.revision', { revision: item.revision })}</td>
                  <td className="num">{scoreText(item.scoreHundredths)}</td>
                  <td>{item.outcomeLabel}</td>
                  <td>
                    <ReviewBadges item={item} />
                  </td>
                  <td>
                    <OpenFileButtons files={item.files} />
                  </td>
                  <td>
                    <ReviewActions item={item} />
                    {needsRectification(item, openedFor) && <OpenRectificationButton item={item} />}
                  </td>
                </tr>
                {historyOf === item.importedId && (
                  <tr data-testid="review-history">
                    <td colSpan={11}>
                      <FilingHistorySection filingId={item.filingId} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
      <ReviewPager offset={offset} total={total} onPage={(next) => void load(next)} />
    </section>
  );
}
