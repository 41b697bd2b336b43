import { resolve } from 'node:path';
import { build } from 'vite';

// The e2e tests drive the built renderer, exactly what Electron loads.
export default async function setup(): Promise<void> {
  const root = resolve(import.meta.dirname, '../..');
  await build({ configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn' });
}
