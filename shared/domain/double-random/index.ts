export * from './types';
export * from './directories';
export * from './draw-round';
export * from './verify-round';
export { seedHash } from './seed-commitment';
