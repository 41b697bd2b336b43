import { useTranslation } from 'react-i18next';
import type { RoundPlanView } from '../../../../shared/ipc/channels/round-plans';
import { call } from '../../lib/call';
import { useFileExport } from '../exports/useFileExport';

type PublishKind = 'draw' | 'results';
type PublishFormat = 'pdf' | 'xlsx';

const publications: { kind: PublishKind; format: PublishFormat }[] = [
  { kind: 'draw', format: 'pdf' },
  { kind: 'draw', format: 'xlsx' },
  { kind: 'results', format: 'pdf' },
  { kind: 'results', format: 'xlsx' },
];

/** A file name Windows accepts, from the round's name. */
const safeName = (name: string) => name.replace(/[/\\:*?"<>|]/g, '_').slice(0, 80);

/** 一公开: the draw's public notice, later the results, each as PDF or XLSX (never an ID number in them). */
export function PublishButtons({ plan }: { plan: RoundPlanView }) {
  return (
    <div className="form" data-testid="round-publish">
      {publications.map(({ kind, format }) => (
        <PublishButton key={`${kind}-${format}`} plan={plan} kind={kind} format={format} />
      ))}
    </div>
  );
}

function PublishButton({ plan, kind, format }: { plan: RoundPlanView; kind: PublishKind; format: PublishFormat }) {
  const { t } = useTranslation();
  const label = t(`roundDraws.publish.${kind}`, { format: format.toUpperCase() });
  const exporter = useFileExport({
    kind: format,
    title: label,
    defaultName: t(`roundDraws.publish.${kind}File`, { name: safeName(plan.round.name), format }),
    async write(path) {
      await call('roundPlans:publish', { roundUid: plan.round.uid, kind, format, path });
      return 1;
    },
  });
  const { state } = exporter;
  // ExportButton's look, but the test id on the button itself: the e2e flow clicks it.
  return (
    <div className="export-action">
      <button
        type="button"
        className="button"
        onClick={() => void exporter.run()}
        disabled={state.busy}
        data-testid={`round-publish-${kind}-${format}`}
      >
        {state.busy ? t('exports.busy') : label}
      </button>
      <div role="status" className="export-status">
        {state.done && (
          <span className="notice-inline ok-text">
            {t('roundDraws.publish.done', { name: state.done.name })}
            <button type="button" className="button small" onClick={() => void exporter.open()} data-testid={`round-publish-open-${kind}-${format}`}>
              {t('exports.open')}
            </button>
            {state.notOpened && <span className="muted small">{t('exports.noViewer')}</span>}
          </span>
        )}
        {state.error && <span className="error">{t('errors.generic', { message: state.error })}</span>}
      </div>
    </div>
  );
}
