import type { SafeStorageLike } from './field/key-protection';

// Electron main calls configureSafeStorage(safeStorage) at start-up; db/, the CLI and tests never import electron,
// so without it the key is protected by the PIN alone.
let configured: SafeStorageLike | null = null;

export function configureSafeStorage(store: SafeStorageLike | null): void {
  configured = store;
}

export function configuredSafeStorage(): SafeStorageLike | null {
  return configured;
}
