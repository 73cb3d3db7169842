/**
 * `rapport doctor [--demo] [--mailboxes a,b] [--package FILE.zip|FILE.json]`: checks a
 * deployment, one line per check; exit code 0 when nothing fails, 1 otherwise.
 */
import { loadConfig } from '../config.js';
import { exitCodeOf, formatResult } from '../doctor/checkResult.js';
import { checkConfiguration } from '../doctor/checks/configuration.js';
import { startDemoDoctor } from '../doctor/demoTarget.js';
import { productionTarget, type DoctorFlags } from '../doctor/productionTarget.js';
import { runDoctor } from '../doctor/runDoctor.js';
import type { CommandIo } from './aggregateCommand.js';
import { parseFlags } from './flags.js';

export async function doctorCommand(argv: string[], io: CommandIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const values = parseFlags(argv, { demo: { type: 'boolean' }, mailboxes: { type: 'string' }, package: { type: 'string' } });
  const flags: DoctorFlags = {
    ...(values.mailboxes === undefined ? {} : { mailboxes: values.mailboxes.split(',').map((entry) => entry.trim()).filter(Boolean) }),
    ...(values.package === undefined ? {} : { appPackage: values.package }),
  };
  const print = (result: Parameters<typeof formatResult>[0]) => void io.stdout.write(`${formatResult(result)}\n`);
  if (values.demo) {
    const demo = await startDemoDoctor(loadConfig(env, { demo: true }).dataDir, flags.appPackage ? { appPackage: flags.appPackage } : {});
    try {
      return exitCodeOf(await runDoctor(demo.configuration, { ...demo.target, ...(flags.mailboxes ? { entries: flags.mailboxes } : {}) }, print));
    } finally {
      await demo.close();
    }
  }
  const { result, config } = await checkConfiguration(env);
  const target = config ? await productionTarget(config, flags) : null;
  return exitCodeOf(await runDoctor(result, target, print));
}
