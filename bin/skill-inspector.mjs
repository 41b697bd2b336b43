#!/usr/bin/env node
// The CLI runs from the TypeScript sources through tsx, so `npm install` is all it needs.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/main.ts');
