export * from './types';
export * from './findings-of-result';
export * from './watch';
export * from './stage';
export * from './decision';
export * from './basis';
