import { useTranslation } from 'react-i18next';
import { useRoundDrawsStore } from './roundDrawsStore';
import type { RulesFormValues } from './rulesForm';

type PanelFlag = 'avoidSameRegion' | 'avoidPreviousRound' | 'preferSpecialists';
const flags: PanelFlag[] = ['avoidSameRegion', 'avoidPreviousRound', 'preferSpecialists'];

/** 专家组: members besides the leader, the load limit and the 回避 settings; the previous round is one already drawn. */
export function PanelRulesFields({
  values,
  onChange,
  currentUid,
  disabled,
}: {
  values: RulesFormValues;
  onChange(patch: Partial<RulesFormValues>): void;
  currentUid: string;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const plans = useRoundDrawsStore((s) => s.plans);
  const drawnPlans = plans.filter((p) => p.drawnAt !== null && p.round.uid !== currentUid);
  const flagTestId: Record<PanelFlag, string> = {
    avoidSameRegion: 'round-rules-avoid-region',
    avoidPreviousRound: 'round-rules-avoid-previous',
    preferSpecialists: 'round-rules-prefer-specialists',
  };
  return (
    <fieldset className="fieldset" disabled={disabled}>
      <legend>{t('roundDraws.rules.panel')}</legend>
      <div className="inline-form">
        <label className="field field-narrow">
          {t('roundDraws.rules.members')}
          <input
            type="number"
            min={0}
            max={10}
            step={1}
            value={values.members}
            onChange={(e) => onChange({ members: e.target.value })}
            data-testid="round-rules-members"
          />
        </label>
        <label className="field field-narrow">
          {t('roundDraws.rules.maxPanels')}
          <input
            type="number"
            min={1}
            max={1000}
            step={1}
            value={values.maxPanelsPerExpert}
            onChange={(e) => onChange({ maxPanelsPerExpert: e.target.value })}
            data-testid="round-rules-max-panels"
          />
        </label>
      </div>
      {flags.map((flag) => (
        <label className="checkbox" key={flag}>
          <input type="checkbox" checked={values[flag]} onChange={(e) => onChange({ [flag]: e.target.checked })} data-testid={flagTestId[flag]} />
          {t(`roundDraws.rules.${flag}`)}
        </label>
      ))}
      {values.avoidPreviousRound && (
        <label className="field field-narrow">
          {t('roundDraws.rules.previousRound')}
          <select
            value={values.previousRoundUid}
            onChange={(e) => onChange({ previousRoundUid: e.target.value })}
            data-testid="round-rules-previous-round"
          >
            <option value="">{t('roundDraws.rules.noPreviousRound')}</option>
            {drawnPlans.map((p) => (
              <option key={p.round.uid} value={p.round.uid}>
                {p.round.name}
              </option>
            ))}
            {/* A stored choice stays visible even when the list does not hold it (any more). */}
            {values.previousRoundUid && !drawnPlans.some((p) => p.round.uid === values.previousRoundUid) && (
              <option value={values.previousRoundUid}>{values.previousRoundUid}</option>
            )}
          </select>
          {values.previousRoundUid === '' && <span className="muted small">{t('roundDraws.rules.previousRoundNone')}</span>}
        </label>
      )}
    </fieldset>
  );
}
