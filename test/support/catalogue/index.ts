import type { ModuleCatalogue } from '../routes-catalogue.js';

/**
 * The modules' shares of the route catalogue. A module with routes adds its file here; the
 * authorisation matrix and the bad-input suite then cover its routes like every other.
 */
export const MODULE_CATALOGUES: readonly ModuleCatalogue[] = [];
