/** The demo-data generator: a believable region of seizures, groups, persons and vehicles. */
export { DEFAULT_SEED, generateDemoData, type GenerateOptions, type GenerateSummary } from './write.js';
export { planChunks, COHORT_SIZE } from './plan.js';
export { SCENARIOS, type SeizureDraft } from './seizure.js';
