import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from './preview-server.ts';

export interface DevServer {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * `vite` (the dev server, as `npm run dev` starts it) on a seeds folder and a data folder of the
 * test's own (ATLAS_SEEDS, ATLAS_OUT), in its own process group so stop() ends it and the builds
 * it started. Resolves once the first build of the data is served.
 */
export async function startDevServer(seeds: string, out: string, cache: string): Promise<DevServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', ATLAS_SEEDS: seeds, ATLAS_OUT: out, ATLAS_CACHE: cache },
  });
  const onExit = () => killGroup(child, 'SIGKILL');
  process.once('exit', onExit);
  let log = '';
  const collect = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-8000));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const stop = async () => {
    killGroup(child, 'SIGTERM');
    await new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
    process.off('exit', onExit);
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite exited with ${child.exitCode}:\n${log}`);
    try {
      const response = await fetch(`${url}data/app/summary.json`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return { url, output: () => log, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  await stop();
  throw new Error(`the dev server did not serve the data within 90 s:\n${log}`);
}
