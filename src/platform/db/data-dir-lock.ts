import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors.js';

const LOCK_FILE = 'northroute.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the embedded data directory for this process. PGlite has no multi-process locking, and two
 * processes on one directory silently lose each other's writes (audit rows included), so a second
 * server or CLI command is refused while the first runs. A lock left by a dead process is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isFinite(holder) && holder !== process.pid && alive(holder)) {
        throw new AppError(
          'CONFLICT',
          `The data directory ${dataDir} is in use by process ${holder} (a running server?). Stop it first.`,
          'dataDir',
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new AppError('CONFLICT', `Could not lock the data directory ${dataDir}`, 'dataDir');
}
