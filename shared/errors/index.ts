export * from './app-error';
export { argIssuesOf, argMessage } from './arg-issues';
export { errorRegistry, type ErrorCode, type ErrorText, type ErrorTexts } from './codes';
export {
  errorInfoText,
  errorLanguageOf,
  errorText,
  interpolate,
  issueText,
  type ArgIssue,
  type ErrorLanguage,
  type ErrorParams,
  type TranslatableError,
} from './translate';
