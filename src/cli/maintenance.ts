import type { Command } from 'commander';
import { loadDemoRegion } from '../demo/load-demo.js';
import { verifyAuditChain } from '../platform/audit/verify.js';
import { migrateDown, migrateToLatest } from '../platform/db/migrate.js';
import { configFromEnv } from '../platform/config.js';
import { openDatabase } from '../platform/db/database.js';
import { withDatabase } from './open.js';
import { AppError } from '../platform/errors.js';
import { progressBar } from './progress.js';

/** `northroute migrate`, `demo load` and `audit verify`. */
export function registerMaintenanceCommands(program: Command): void {
  program
    .command('migrate')
    .description('Bring the database schema to the newest version (or revert the newest with --down)')
    .option('--down', 'revert the newest migration')
    .option('--data-dir <dir>', 'embedded database directory')
    .action(async (opts: { down?: boolean; dataDir?: string }) => {
      const config = configFromEnv(process.env, { dataDir: opts.dataDir });
      const db = await openDatabase(config.storage);
      try {
        const lines = opts.down ? await migrateDown(db.db as never) : await migrateToLatest(db.db as never);
        console.log(lines.length > 0 ? lines.join('\n') : 'The schema is up to date.');
      } finally {
        await db.close();
      }
    });

  const demo = program.command('demo').description('Demonstration data');
  demo
    .command('load')
    .description(
      'Load the demo region (members, observers, agencies, demo users) and 2,000 generated seizures; idempotent',
    )
    .option('--data-dir <dir>', 'embedded database directory')
    .action(async (opts: { dataDir?: string }) => {
      const result = await withDatabase(opts, ({ db }) => loadDemoRegion(db));
      console.log(
        `Demo region loaded: ${result.agencies} agencies, ${result.users} users, ${result.seizures} new seizures.`,
      );
    });

  const audit = program.command('audit').description('The tamper-evident audit log');
  audit
    .command('verify')
    .description('Recompute the hash chain; exits 1 naming the first altered, removed or reordered row')
    .option(
      '--expect-head <seq:hash>',
      'a head printed by an earlier verify: fails if that row is gone or differs (cut or rewritten log)',
    )
    .option('--data-dir <dir>', 'embedded database directory')
    .action(async (opts: { dataDir?: string; expectHead?: string }) => {
      const expected = opts.expectHead ? parseHead(opts.expectHead) : null;
      const bar = progressBar('audit rows');
      const result = await withDatabase(opts, ({ db }) =>
        verifyAuditChain(db, (done, total) => bar.update(done, total), expected ?? undefined),
      );
      bar.stop();
      if (result.ok) {
        console.log(`Audit log intact: ${result.rows} rows; head ${result.headSeq}:${result.headHash}`);
        if (expected) {
          console.log(`Earlier head ${expected.seq}:${expected.hash.slice(0, 12)}… is still in the chain.`);
        }
        console.log(
          'Keep the head hash somewhere else (a ticket, a signed note): it proves later that no rows were cut from the end.',
        );
        return;
      }
      const what = {
        altered: `row #${result.seq} was altered (its content no longer matches its hash)`,
        broken_link: `row #${result.seq} does not follow row #${result.seq - 1}: row #${result.seq - 1} was altered, or rows were removed or reordered`,
        missing_before: `rows before #${result.seq} are missing (removed)`,
        out_of_order: `row #${result.seq} is out of order`,
        head_mismatch: `the earlier head #${result.seq} is missing or differs: the log was cut or rewritten after it`,
      }[result.problem];
      console.error(`AUDIT LOG TAMPERED: ${what}. ${result.rows} rows before it verified.`);
      process.exitCode = 1;
    });
}

function parseHead(value: string): { seq: number; hash: string } {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(value);
  if (!match) {
    throw new AppError(
      'VALIDATION_FAILED',
      'Give the head as SEQ:HASH, as printed by audit verify',
      'expect-head',
    );
  }
  return { seq: Number(match[1]), hash: match[2]! };
}
