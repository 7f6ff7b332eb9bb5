import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { WEB_ROOT } from '../platform/http/server.js';
import { createNorthroute } from '../app.js';
import { DEMO_PASSWORD, demoUsername, isEmpty, loadDemoRegion } from '../demo/load-demo.js';
import { configFromEnv } from '../platform/config.js';

function printDemoCredentials(url: string, agencies: { code: string }[]): void {
  const line = '─'.repeat(72);
  const sample = ['CARICC', 'KZ-MVD', 'KG-DCS', 'TJ-DCA', 'UZ-NCDC'].filter((c) =>
    agencies.some((a) => a.code === c),
  );
  const shown = sample.length > 0 ? sample : agencies.slice(0, 4).map((a) => a.code);
  const lines = [
    line,
    ' DEMO MODE — demonstration data and accounts; do not enter real operational data.',
    line,
    ` Open ${url} and sign in with any of these (password for all: ${DEMO_PASSWORD}):`,
    `   ${'admin'.padEnd(28)} platform administrator (regional centre)`,
    ...shown.flatMap((code) => [
      `   ${demoUsername(code, 'officer').padEnd(28)} officer, ${code}`,
      `   ${demoUsername(code, 'analyst').padEnd(28)} analyst, ${code}`,
      `   ${demoUsername(code, 'admin').padEnd(28)} agency administrator, ${code}`,
    ]),
    ` Every agency has <code>.officer, <code>.analyst and <code>.admin (${agencies.length} agencies).`,
    ' A second factor is optional for demo accounts; enrol one under Profile.',
    line,
  ];
  console.log(lines.join('\n'));
}

/** `northroute start`: serve the API and web app; on an empty database, load the demo region first. */
export function registerStart(program: Command): void {
  program
    .command('start')
    .description('Start the server (loads the demo region on an empty database unless --no-demo)')
    .option('--port <n>', 'port to listen on (or PORT)', (v) => Number.parseInt(v, 10))
    .option(
      '--data-dir <dir>',
      'embedded database directory (or NORTHROUTE_DATA_DIR; ignored with DATABASE_URL)',
    )
    .option('--no-demo', 'do not load or enable the demo region')
    .action(async (opts: { port?: number; dataDir?: string; demo: boolean }) => {
      // Commander defaults `demo` to true; only an explicit --no-demo overrides NORTHROUTE_DEMO.
      const config = configFromEnv(process.env, {
        port: opts.port,
        dataDir: opts.dataDir,
        demo: opts.demo ? undefined : false,
      });
      const where =
        config.storage.kind === 'postgres'
          ? 'PostgreSQL server'
          : `embedded database in ${config.storage.kind === 'pglite' ? config.storage.dataDir : 'memory'}`;
      if (!existsSync(path.join(WEB_ROOT, 'index.html'))) {
        console.log('Northroute: building the web app (first start)…');
        const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
          stdio: 'inherit',
          cwd: path.resolve(WEB_ROOT, '../..'),
        });
        if (built.status !== 0) {
          console.error('Northroute: the web app could not be built; the API still runs.');
        }
      }
      console.log(`Northroute: opening the ${where}…`);
      let app = await createNorthroute(config);
      if (config.demo && (await isEmpty(app.context.db))) {
        console.log('Northroute: empty database — loading the demo region…');
        const loaded = await loadDemoRegion(app.context.db);
        console.log(`Northroute: demo region loaded (${loaded.agencies} agencies, ${loaded.users} users).`);
        // Re-open so that the server starts in demo mode.
        await app.close();
        app = await createNorthroute(config);
      }
      const url = await app.server.listen({ port: config.port, host: config.host });
      if (app.context.demoMode) {
        const agencies = await app.context.db.selectFrom('agencies').select('code').orderBy('code').execute();
        printDemoCredentials(`http://${config.host}:${config.port}`, agencies);
      }
      console.log(`Northroute is listening on ${url}`);
      const stop = (signal: string) => {
        console.log(`Northroute: ${signal} — closing…`);
        app.close().then(
          () => process.exit(0),
          (err: unknown) => {
            console.error(err);
            process.exit(1);
          },
        );
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
    });
}
