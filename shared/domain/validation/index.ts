export * from './validation-result';
export * from './uscc';
export * from './id-card';
export * from './occupation-code';
export * from './skill-level';
export * from './identifier';
