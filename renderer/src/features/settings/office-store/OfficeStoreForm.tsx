import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeStoreChoice, OfficeStoreEngine } from '../../../../../shared/ipc/channels/office-store';
import { FormFeedback } from '../../forms/FormFeedback';
import { draftOf, isServerField, portOf, serverForm, type Draft, type ServerField } from './draft';
import { failureText } from './failureText';
import { useOfficeStoreStore } from './officeStoreStore';
import { ConnectionReport, SavedReport } from './Outcome';
import { PostgresFields } from './PostgresFields';

const ENGINES: readonly OfficeStoreEngine[] = ['sqlite', 'postgres'];
type Problem = 'port' | 'password' | null;

/** The choice of engine, the server's fields, 测试连接 and 保存; what is running now and whether a restart is due. */
export function OfficeStoreForm({ choice }: { choice: OfficeStoreChoice }) {
  const { t } = useTranslation();
  const engineName = useId();
  const busy = useOfficeStoreStore((s) => s.busy);
  const tested = useOfficeStoreStore((s) => s.tested);
  const saved = useOfficeStoreStore((s) => s.saved);
  const failure = useOfficeStoreStore((s) => s.failure);
  const test = useOfficeStoreStore((s) => s.test);
  const save = useOfficeStoreStore((s) => s.save);
  const clearOutcome = useOfficeStoreStore((s) => s.clearOutcome);
  const [draft, setDraft] = useState<Draft>(() => draftOf(choice));
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<Problem>(null);

  function change(patch: Partial<Draft>) {
    setDraft((d) => ({ ...d, ...patch }));
    setProblem(null);
    clearOutcome();
  }

  /** The port as a number once the form's own checks pass; the other fields are main's to check (and name). */
  function checkedPort(): number | null {
    const port = portOf(draft.port);
    // Saved without a password, the keychain would lose the one it holds; without a keychain PGPASSWORD may serve.
    const found: Problem = port === null ? 'port' : choice.keychainAvailable && password === '' ? 'password' : null;
    setProblem(found);
    return found ? null : port;
  }

  function runTest() {
    const port = checkedPort();
    if (port !== null) void test(serverForm(draft, port, password));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (draft.engine === 'sqlite') {
      await save({ engine: 'sqlite' });
      return;
    }
    const port = checkedPort();
    if (port === null) return;
    await save({ engine: 'postgres', ...serverForm(draft, port, password) });
    // The password is never kept in the window, whatever the outcome.
    setPassword('');
  }

  const invalid = new Set<ServerField>(problem ? [problem] : []);
  for (const issue of failure?.issues ?? []) if (isServerField(issue.path[0])) invalid.add(issue.path[0]);
  const message =
    problem === 'port'
      ? t('settings.officeStore.portInvalid')
      : problem === 'password'
        ? t('settings.officeStore.passwordMissing')
        : failure
          ? failureText(failure, t)
          : null;
  const running = t(`settings.officeStore.runningEngines.${choice.runningEngine}`);

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy !== null}>
      <dl className="facts">
        <dt>{t('settings.officeStore.running')}</dt>
        <dd data-testid="office-store-running">{running}</dd>
      </dl>
      {choice.engine !== choice.runningEngine && (
        <p className="notice notice-warn" data-testid="office-store-restart">
          {t('settings.officeStore.restartNeeded', { engine: t(`settings.officeStore.engines.${choice.engine}`) })}
        </p>
      )}
      <fieldset className="choice-row" disabled={busy !== null}>
        <legend className="visually-hidden">{t('settings.officeStore.engineQuestion')}</legend>
        {ENGINES.map((engine) => (
          <label key={engine} className="choice">
            <input type="radio" name={engineName} value={engine} checked={draft.engine === engine} onChange={() => change({ engine })} />
            <span>
              <strong>{t(`settings.officeStore.engines.${engine}`)}</strong>
              <span className="muted small">{t(`settings.officeStore.engineHints.${engine}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {draft.engine === 'postgres' && (
        <PostgresFields
          draft={draft}
          onChange={change}
          password={password}
          onPassword={(value) => {
            setPassword(value);
            setProblem(null);
          }}
          choice={choice}
          invalid={invalid}
          disabled={busy !== null}
        />
      )}
      <div className="form-actions">
        {draft.engine === 'postgres' && (
          <button type="button" className="button" onClick={runTest} disabled={busy !== null}>
            {busy === 'test' ? t('settings.officeStore.testing') : t('settings.officeStore.test')}
          </button>
        )}
        <button type="submit" className="button primary" disabled={busy !== null}>
          {busy === 'save' ? t('settings.officeStore.saving') : t('settings.officeStore.save')}
        </button>
      </div>
      <FormFeedback problem={message}>
        {saved && <SavedReport saved={saved} />}
        {tested && !saved && <ConnectionReport result={tested} />}
      </FormFeedback>
    </form>
  );
}
