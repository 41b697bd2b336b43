export * from './app-error';
export { errorRegistry, type ErrorCode, type ErrorText, type ErrorTexts } from './codes';
export { errorText, interpolate, type ErrorLanguage, type ErrorParams } from './translate';
