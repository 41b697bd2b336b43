import { useTranslation } from 'react-i18next';

/** The panel: the first name is the 组长, the others 评估人员. */
export function PanelMembersField({ names, onChange }: { names: string[]; onChange(names: string[]): void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset">
      <legend>{t('newInspection.panel')}</legend>
      {names.map((name, index) => (
        <div className="panel-member" key={index}>
          <label htmlFor={`panel-${index}`}>{index === 0 ? t('newInspection.lead') : t('newInspection.member', { n: index })}</label>
          <input
            id={`panel-${index}`}
            value={name}
            maxLength={100}
            onChange={(e) => onChange(names.map((n, i) => (i === index ? e.target.value : n)))}
          />
          {index > 0 && (
            <button type="button" className="button-link" onClick={() => onChange(names.filter((_, i) => i !== index))}>
              {t('common.remove')}
            </button>
          )}
        </div>
      ))}
      <button type="button" className="button" onClick={() => onChange([...names, ''])}>
        {t('newInspection.addMember')}
      </button>
    </fieldset>
  );
}
