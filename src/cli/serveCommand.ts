/** `rapport serve [--demo]`: runs the bot until stopped. */
import { loadConfig } from '../config.js';
import { startApp } from '../main.js';
import type { CommandIo } from './aggregateCommand.js';
import { parseFlags, untilSignalled } from './flags.js';

export async function serveCommand(argv: string[], io: CommandIo): Promise<number> {
  const values = parseFlags(argv, { demo: { type: 'boolean' } });
  const config = loadConfig(process.env, { demo: values.demo === true });
  const app = await startApp(config);
  if (config.mode === 'demo') {
    io.stdout.write([
      '',
      '  DEMO MODE: no authentication, listening on 127.0.0.1 only, with a simulated tenant.',
      `  Bot:        http://localhost:${app.port}/api/messages`,
      app.playground ? `  Playground: ${app.playground.url}   <- open this in your browser` : '  Playground: off (RAPPORT_PLAYGROUND=off)',
      '  Stop with Ctrl+C.',
      '',
    ].join('\n'));
  } else {
    io.stdout.write(`Rapport listening on ${config.host}:${app.port} for tenant ${config.tenantId}\n`);
  }
  await untilSignalled();
  await app.close();
  return 0;
}
