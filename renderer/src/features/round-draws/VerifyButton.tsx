import { useTranslation } from 'react-i18next';
import { useRoundDrawsStore } from './roundDrawsStore';

/** 复核: main re-runs the draw from the record and today's two directories (as `round verify`) and lists any difference. */
export function VerifyButton() {
  const { t } = useTranslation();
  const { busy, verification, verify } = useRoundDrawsStore();
  return (
    <div className="export-action">
      <button type="button" className="button" onClick={() => void verify()} disabled={busy} data-testid="round-verify">
        {t('roundDraws.check.verify')}
      </button>
      <span className="muted small">{t('roundDraws.check.verifyHint')}</span>
      <div role="status" aria-live="polite" className="verify-result" data-testid="round-verify-result">
        {verification &&
          (verification.ok ? (
            <p className="notice notice-ok">{t('roundDraws.check.ok')}</p>
          ) : (
            <div className="notice notice-error">
              <p>{t('roundDraws.check.problems', { count: verification.problems.length })}</p>
              <ul>
                {verification.problems.map((problem, index) => (
                  <li key={index}>{problem}</li>
                ))}
              </ul>
            </div>
          ))}
      </div>
    </div>
  );
}
