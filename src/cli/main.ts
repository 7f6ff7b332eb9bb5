import { Command, CommanderError } from 'commander';
import { AppError } from '../platform/errors.js';
import { registerAdminCommands } from './admin.js';
import { registerMaintenanceCommands } from './maintenance.js';
import { registerImportCommand } from './import.js';
import { registerExportCommand } from './export.js';
import { registerStart } from './start.js';
import { registerStatsCommand } from './stats.js';
import { registerDemoCommands } from './demo.js';

const program = new Command()
  .name('northroute')
  .description(
    'Northroute — counter-narcotics information exchange and coordination.\nData: DATABASE_URL (PostgreSQL server) or the embedded database in NORTHROUTE_DATA_DIR (default ./data).',
  )
  .showHelpAfterError()
  .exitOverride();

registerStart(program);
registerMaintenanceCommands(program);
registerAdminCommands(program);
registerImportCommand(program);
registerExportCommand(program);
registerStatsCommand(program);
registerDemoCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else if (error instanceof AppError) {
    console.error(`Error (${error.code}${error.field ? `, ${error.field}` : ''}): ${error.message}`);
    process.exitCode = 2;
  } else {
    console.error(error);
    process.exitCode = 1;
  }
}
