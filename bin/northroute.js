#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx), so `npx northroute …` works in a checkout right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
