import type { Command } from 'commander';
import { isDemoLoaded, loadDemoRegion } from '../demo/load-demo.js';
import { DEFAULT_SEED, generateDemoData } from '../demo/generate/index.js';
import { AppError } from '../platform/errors.js';
import { cliContext, withDatabase } from './open.js';
import { progressBar } from './progress.js';

function count(value: string): number {
  const n = Number(value.replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n < 0) {
    throw new AppError('VALIDATION_FAILED', 'Give the number of seizures as a whole number', 'seizures');
  }
  return n;
}

/**
 * `northroute demo generate --seizures N [--seed S]`: a synthetic but believable region of
 * seizures, groups, persons and vehicles (src/demo/generate/). Added to the `demo` command group.
 */
export function registerDemoCommands(program: Command): void {
  const demo =
    program.commands.find((c) => c.name() === 'demo') ??
    program.command('demo').description('Demonstration data');
  demo
    .command('generate')
    .description(
      'Generate demo seizures with their groups, persons and vehicles (loads the demo region first if needed); the same seed gives the same data, and a re-run adds only what is missing',
    )
    .requiredOption('--seizures <n>', 'how many seizures', count)
    .option('--seed <s>', 'seed of the random generator', DEFAULT_SEED)
    .option('--data-dir <dir>', 'embedded database directory')
    .action(async (opts: { seizures: number; seed: string; dataDir?: string }) => {
      const bar = progressBar('seizures');
      const summary = await withDatabase(opts, async ({ db }) => {
        if (!(await isDemoLoaded(db))) await loadDemoRegion(db, { seizures: 0 });
        return generateDemoData(db, cliContext(), {
          seizures: opts.seizures,
          seed: opts.seed,
          onProgress: (done, total) => bar.update(done, total),
        }).finally(() => bar.stop());
      });
      console.log(
        `Demo data (seed ${summary.seed}): ${summary.seizures} seizures and ${summary.records} records added, ${summary.skippedSeizures} seizures already there, in ${(summary.milliseconds / 1000).toFixed(1)} s.`,
      );
    });
}
