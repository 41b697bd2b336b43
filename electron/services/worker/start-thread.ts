import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** A built entry (.cjs/.js) starts as it is; a TypeScript source (tests, CLI, dev) starts through tsx. */
export function startThread(entry: string, workerData: unknown): Worker {
  return entry.endsWith('.ts') ? new Worker(tsxBootstrap(entry), { eval: true, workerData }) : new Worker(entry, { workerData });
}

/**
 * The TypeScript source needs tsx's loader inside the worker too; Node 20 ignores `--import` in a worker's execArgv,
 * so a tiny bootstrap registers tsx and then imports the entry.
 */
function tsxBootstrap(entry: string): string {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  return `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(entry).href)}); });`;
}
