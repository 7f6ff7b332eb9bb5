/** The records module's public surface: other modules import from here, never from its insides. */
export { registerRecordRoutes } from './records.routes.js';
export { registerImportRoutes } from './import/import.routes.js';
export { registerExportRoutes } from './export/export.routes.js';
export { registerSharingRoutes } from './sharing/sharing.routes.js';
export { registerStatisticsRoutes } from './statistics/statistics.routes.js';
export { RECORD_SCHEMATA, type RecordSchema } from './ftm.js';
export { Sharing } from './records.schema.js';
