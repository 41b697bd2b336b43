import { useTranslation } from 'react-i18next';
import type { ScoringContext } from '../../../../shared/domain/scoring';
import type { Template } from '../../../../shared/domain/templates/types';

/** Facts outside the form the outcome rules use (e.g. §四(一)1 连续两年未开展), offered only when the form has rules for them. */
export function ContextFlags({
  template,
  context,
  readOnly,
  onChange,
}: {
  template: Template;
  context: ScoringContext;
  readOnly: boolean;
  onChange(context: ScoringContext): void;
}) {
  const { t } = useTranslation();
  const used = template.contextFacts;
  if (used.length === 0) return null;
  return (
    <section className="card" aria-labelledby="context-heading">
      <h2 id="context-heading">{t('vetoes.contextHeading')}</h2>
      <ul className="plain-list">
        {used.map((fact) => (
          <li key={fact.id}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={context[fact.id] === true}
                disabled={readOnly}
                onChange={(e) => onChange({ ...context, [fact.id]: e.target.checked })}
              />
              {fact.label} <span className="muted small">{fact.source}</span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
