import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SAMPLING_RULES } from '../../../../shared/domain/sampling';
import type { SamplingPlanEntry } from '../../../../shared/domain/templates/types';
import type { SamplingDrawRecord } from '../../../../shared/store/records';
import { useInspectionStore } from '../inspection/inspectionStore';
import { useReadOnly } from '../inspection/useReadOnly';
import { DrawResult } from './DrawResult';
import { drawRecord } from './drawRecord';
import { RedrawForm } from './RedrawForm';

export function PlannedDrawCard({
  plan,
  draws,
  candidates,
}: {
  plan: SamplingPlanEntry;
  draws: SamplingDrawRecord[];
  candidates: Map<string, string>;
}) {
  const { t } = useTranslation();
  const draw = useInspectionStore((s) => s.draw);
  const readOnly = useReadOnly();
  const [redrawing, setRedrawing] = useState(false);
  const rule = SAMPLING_RULES[plan.rule];
  const latest = draws.at(-1) ?? null;

  return (
    <section className="card" aria-labelledby={`rule-${plan.rule}`} data-testid={`draw-${plan.rule}`}>
      <header className="card-header">
        <h2 id={`rule-${plan.rule}`}>
          {rule.title} <span className="muted small">{plan.rule}</span>
        </h2>
        {!readOnly && !latest && (
          <button type="button" className="button primary" onClick={() => void draw(plan.rule)}>
            {t('sampling.draw')}
          </button>
        )}
        {!readOnly && latest && !redrawing && (
          <button type="button" className="button" onClick={() => setRedrawing(true)}>
            {t('sampling.redraw')}
          </button>
        )}
      </header>
      <blockquote className="quote">
        {t('sampling.ruleInWords', { quote: rule.quote, source: rule.source })}
        {plan.itemIds.length > 0 && <span className="muted">{t('sampling.forItems', { items: plan.itemIds.join('、') })}</span>}
      </blockquote>
      {redrawing && <RedrawForm onRedraw={(reason) => draw(plan.rule, reason)} onCancel={() => setRedrawing(false)} />}
      {latest ? <DrawResult record={drawRecord(latest)} candidates={candidates} /> : <p className="muted">{t('sampling.notDrawn')}</p>}
      {draws.length > 1 && (
        <details className="draw-history">
          <summary>{t('sampling.history', { count: draws.length })}</summary>
          <ol>
            {draws.map((d) => (
              <li key={d.id}>
                {t('sampling.historyEntry', {
                  n: d.sequence,
                  at: new Date(d.drawnAt).toLocaleString('zh-CN', { hour12: false }),
                  by: d.drawnBy,
                  seed: drawRecord(d).seed.slice(0, 12),
                })}
                {d.redrawReason && <span>{t('sampling.historyReason', { reason: d.redrawReason })}</span>}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
