import type { TFunction } from 'i18next';
import { errorText } from '../../../../../shared/errors';
import { errorLanguage } from '../../../lib/call';
import { isServerField } from './draft';
import type { OfficeStoreFailure } from './officeStoreStore';

/** Main's sentence; for fields the contract refused (ARG_HOST, ARG_REQUIRED…), each named by its label. */
export function failureText(failure: OfficeStoreFailure, t: TFunction): string {
  const fields = failure.issues.filter((issue) => isServerField(issue.path[0]));
  if (fields.length === 0) return t(`settings.officeStore.${failure.action}Failed`, { message: failure.message });
  const problems = fields.map((issue) =>
    t('settings.officeStore.fieldProblem', {
      field: t(`settings.officeStore.${String(issue.path[0])}`),
      problem: errorText(issue.code, issue.params, errorLanguage()),
    }),
  );
  return t('settings.officeStore.invalid', { problems: problems.join(t('settings.officeStore.problemSeparator')) });
}
