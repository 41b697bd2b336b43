export * from './types';
export * from './directories';
export * from './draw-round';
export * from './verify-round';
export { normaliseInstitutionName, normaliseUscc } from './normalise-name';
export { PROCESS_CHECK_NOTICE_TEXT } from './select-filings';
export { seedHash } from './seed-commitment';
