export * from './plain-date';
export * from './working-calendar';
export * from './working-day-rules';
export * from './filing-status';
export { HOLIDAYS_CN } from './holidays-cn';
export * from './rectification-deadline';
