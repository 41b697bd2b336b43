import { useTranslation } from 'react-i18next';
import type { ScoringContext } from '../../../../shared/domain/scoring';
import { CONTEXT_FLAGS, type ContextFlag, type Template } from '../../../../shared/domain/templates';

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
  const used = CONTEXT_FLAGS.filter((flag) => template.outcome.rules.some((r) => r.when.kind === 'contextFlag' && r.when.flag === flag));
  if (used.length === 0) return null;
  const sourceOf = (flag: ContextFlag) => template.outcome.rules.find((r) => r.when.kind === 'contextFlag' && r.when.flag === flag)?.source ?? '';
  return (
    <section className="card" aria-labelledby="context-heading">
      <h2 id="context-heading">{t('vetoes.contextHeading')}</h2>
      <ul className="plain-list">
        {used.map((flag) => (
          <li key={flag}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={context[flag] === true}
                disabled={readOnly}
                onChange={(e) => onChange({ ...context, [flag]: e.target.checked })}
              />
              {t(`vetoes.flags.${flag}`)} <span className="muted small">{sourceOf(flag)}</span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
