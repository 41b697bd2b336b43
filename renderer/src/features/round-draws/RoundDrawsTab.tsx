import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RoundPlanCreateForm } from './RoundPlanCreateForm';
import { RoundPlanDetail } from './RoundPlanDetail';
import { RoundPlanList } from './RoundPlanList';
import { useRoundDrawsStore } from './roundDrawsStore';

/** 双随机抽取: the office's round plans, a form for a new one, and the chosen plan from its seed to its packs. */
export function RoundDrawsTab() {
  const { t } = useTranslation();
  const { plan, error, load } = useRoundDrawsStore();

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      {error && (
        <p role="alert" className="error">
          {t('errors.generic', { message: error })}
        </p>
      )}
      <RoundPlanList />
      <RoundPlanCreateForm />
      {plan && <RoundPlanDetail key={plan.round.uid} plan={plan} />}
    </>
  );
}
