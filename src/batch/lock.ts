import { readFile, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { BatchError, reason } from './errors';

/** A lock taken on an output file; `release()` removes it. */
export interface OutputLock {
  release(): Promise<void>;
}

/** The holder refreshes the lock file's time this often... */
const HEARTBEAT_MS = 10_000;
/** ...so a lock file older than this was left by a process that is gone (on any machine). */
const STALE_MS = 60_000;

interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function holderOf(lock: string): Promise<{ holder: Holder | undefined; age: number } | undefined> {
  try {
    const [text, info] = await Promise.all([readFile(lock, 'utf8'), stat(lock)]);
    let holder: Holder | undefined;
    try {
      holder = JSON.parse(text) as Holder;
    } catch {
      holder = undefined; // being written, or not ours: judged by its age alone
    }
    return { holder, age: Date.now() - info.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Takes the lock of output `file`: a file `<file>.lock` created exclusively, holding the pid, host
 * and start time of this process, its time refreshed every 10 s. A second `precis batch` on the
 * same output is refused (a `BatchError` of kind `locked`) while the holder runs. A lock left by a
 * process that died (SIGKILL, a lost node) is taken over: at once when its pid is gone from this
 * machine, after 60 s without a refresh otherwise (the holder was on another machine that shares
 * the file system). Outputs that are not regular files (`/dev/null`) are not locked.
 */
export async function lockOutput(file: string): Promise<OutputLock> {
  try {
    if (!(await stat(file)).isFile()) return { release: () => Promise.resolve() };
  } catch {
    // Not there yet: it will be a regular file.
  }
  const lock = `${file}.lock`;
  const me: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  const mine = JSON.stringify(me);
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(lock, `${mine}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw refused(file, lock, undefined);
        throw new BatchError('unwritable', `cannot write ${file}: cannot create its lock file ${lock}: ${reason(error)}`);
      }
    }
    const found = await holderOf(lock);
    if (found === undefined) continue; // released meanwhile
    const { holder, age } = found;
    const dead = holder !== undefined && holder.host === me.host && !alive(holder.pid);
    if (!dead && age < STALE_MS) throw refused(file, lock, holder);
    await unlink(lock).catch(() => {});
  }
  const heartbeat = setInterval(() => {
    const now = new Date();
    utimes(lock, now, now).catch(() => {});
  }, HEARTBEAT_MS);
  heartbeat.unref();
  return {
    release: async () => {
      clearInterval(heartbeat);
      try {
        if ((await readFile(lock, 'utf8')).trim() === mine) await unlink(lock);
      } catch {
        // Already gone: nothing to release.
      }
    },
  };
}

function refused(file: string, lock: string, holder: Holder | undefined): BatchError {
  const who = holder !== undefined ? ` (pid ${holder.pid} on ${holder.host}, since ${holder.since})` : '';
  return new BatchError(
    'locked',
    `${file} is being written by another precis batch${who}; two writers would duplicate lines. ` +
      `Wait for it to finish, or, if no such process runs, remove ${lock}`,
  );
}
