import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface PreviewServer {
  url: string;
  stop(): Promise<void>;
}

/** Asks the OS for a free port; `--strictPort` then fails loudly if someone takes it meanwhile. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForAnswer(url: string, child: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms:\n${log()}`);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    // Negative pid: the whole process group the server was started in (detached).
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Serves a built app with `vite preview`, started with node directly (not through npx, whose
 * wrapper would survive a kill) in its own process group, so stop() ends it and all its children.
 */
export async function startPreview(outDir: string): Promise<PreviewServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
  );
  // Detached, so it would outlive an interrupted run: end its group when this process exits.
  const onExit = () => killGroup(child, 'SIGKILL');
  process.once('exit', onExit);
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const stop = async () => {
    killGroup(child, 'SIGTERM');
    const exited = new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once('exit', () => resolve());
    });
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
    process.off('exit', onExit);
  };
  try {
    await waitForAnswer(url, child, () => output, 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
