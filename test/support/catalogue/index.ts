import type { ModuleCatalogue } from '../routes-catalogue.js';
import { EXPORTS_CATALOGUE } from './exports.js';
import { IMPORTS_CATALOGUE } from './imports.js';
import { seizuresCatalogue } from './seizures.js';
import { SHARING_CATALOGUE } from './sharing.js';
import { STATISTICS_CATALOGUE } from './statistics.js';

/**
 * The modules' shares of the route catalogue. A module with routes adds its file here; the
 * authorisation matrix and the bad-input suite then cover its routes like every other.
 */
export const MODULE_CATALOGUES: readonly ModuleCatalogue[] = [
  seizuresCatalogue,
  STATISTICS_CATALOGUE,
  SHARING_CATALOGUE,
  EXPORTS_CATALOGUE,
  IMPORTS_CATALOGUE,
];
