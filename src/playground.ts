/**
 * The Microsoft 365 Agents Playground (the local Teams client) for the demo, pointed at the
 * bot: no telemetry, no browser opened by itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface Playground {
  url: string;
  stop(): Promise<void>;
}

export function startPlayground(options: { botEndpoint: string; port: number; onExit?: (code: number | null) => void }): Playground {
  const packageJson = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/package.json');
  const cli = join(dirname(packageJson), 'cli.js');
  const child: ChildProcess = spawn(process.execPath, [cli, 'start', '-e', options.botEndpoint, '-c', 'msteams', '-p', String(options.port), '--disable-telemetry'], {
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', APPLICATION_INSIGHTS_NO_STATSBEAT: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  child.once('exit', (code) => options.onExit?.(code));
  return {
    url: `http://localhost:${options.port}`,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
