/**
 * A real S3 API for the deploy tests: the pinned moto server (python/moto.txt)
 * on a loopback port the OS picks, one server per test file.
 *
 *   const moto = useMotoServer();          // in a describe/file scope
 *   moto.endpoint                          // http://127.0.0.1:<port>
 *
 * It registers beforeAll (build/reuse .cache/moto via scripts/moto-env.sh,
 * start, wait until it answers), beforeEach (POST /moto-api/reset: every test
 * starts with no buckets) and afterAll (stop). Any failure to get the server
 * up fails the tests loudly; nothing here ever skips.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Path of moto_server, building the venv when python/moto.txt changed. Throws with the script's stderr. */
function motoServerBinary(): string {
  try {
    const out = execFileSync('bash', [resolve(ROOT, 'scripts/moto-env.sh')], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const path = out.trim().split('\n').pop();
    if (!path) throw new Error('scripts/moto-env.sh printed no path');
    return path;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`scripts/moto-env.sh failed; the deploy tests need moto:\n${stderr}`, {
      cause: error,
    });
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export interface MotoServer {
  endpoint: string;
  reset(): Promise<void>;
  stop(): Promise<void>;
}

export async function startMotoServer(): Promise<MotoServer> {
  const binary = motoServerBinary();
  // Port 0: the OS picks a free port when moto binds, so two test files can
  // never race for one; werkzeug prints the port it got.
  const child: ChildProcess = spawn(binary, ['-H', '127.0.0.1', '-p', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-8000);
  });
  let exited: number | string | null = null;
  child.on('exit', (code, signal) => {
    exited = code ?? signal ?? 'exit';
  });

  // Readiness: the port in the log, then the first request that gets any
  // HTTP answer. Bounded, and a crashed server fails at once with its log.
  const deadline = Date.now() + 60_000;
  let endpoint = '';
  for (;;) {
    if (exited !== null) {
      throw new Error(`moto_server exited (${exited}) before answering:\n${log}`);
    }
    const port = /Running on http:\/\/127\.0\.0\.1:(\d+)/.exec(log)?.[1];
    if (port) {
      endpoint = `http://127.0.0.1:${port}`;
      try {
        const response = await fetch(`${endpoint}/moto-api/`);
        await response.arrayBuffer();
        break;
      } catch {
        // bound but not serving yet
      }
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`moto_server did not answer within 60 s:\n${log}`);
    }
    await sleep(100);
  }

  return {
    endpoint,
    async reset() {
      const response = await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`moto reset failed: HTTP ${response.status}`);
    },
    /** Resolves once the process is gone (SIGTERM, then SIGKILL after 5 s). */
    async stop() {
      if (exited !== null) return;
      const gone = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await Promise.race([gone, sleep(5000)]);
      if (exited === null) {
        child.kill('SIGKILL');
        await gone;
      }
    },
  };
}

/** Registers the per-file lifecycle; the returned object's fields are set once beforeAll ran. */
export function useMotoServer(): { endpoint: string; server: MotoServer | null } {
  const handle: { endpoint: string; server: MotoServer | null } = { endpoint: '', server: null };
  beforeAll(async () => {
    handle.server = await startMotoServer();
    handle.endpoint = handle.server.endpoint;
  });
  beforeEach(async () => {
    if (!handle.server) throw new Error('moto server is not running');
    await handle.server.reset();
  });
  afterAll(async () => {
    await handle.server?.stop();
  });
  return handle;
}
