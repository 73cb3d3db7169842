/**
 * `rapport doctor`: every check in order, one result each. A check that throws is a failure
 * with its message, never a crash; checks that need the configuration are skipped without it.
 */
import { fail, messageOf, skip, type CheckResult } from './checkResult.js';
import { checkAppPackage, APP_PACKAGE } from './checks/appPackage.js';
import { checkClockSkew, CLOCK } from './checks/clockSkew.js';
import { checkDataDirectory, DATA_DIRECTORY } from './checks/dataDirectory.js';
import { checkDirectory, checkMailboxesResolve, DIRECTORY, RESOLVE } from './checks/directory.js';
import { checkMailboxRead, MAILBOX_READ } from './checks/mailboxRead.js';
import { checkPermissions, PERMISSIONS } from './checks/permissions.js';
import { checkPublicUrl, PUBLIC_URL } from './checks/publicUrl.js';
import { BOT_TOKEN, checkBotToken, checkGraphToken, GRAPH_TOKEN } from './checks/tokens.js';
import { DoctorContext } from './doctorContext.js';
import type { DoctorTarget } from './doctorTarget.js';

type Check = readonly [name: string, run: (context: DoctorContext) => Promise<CheckResult>];

/** After "Configuration valid", in the order an operator fixes things. */
export const CHECKS: readonly Check[] = [
  [BOT_TOKEN, checkBotToken],
  [GRAPH_TOKEN, checkGraphToken],
  [PERMISSIONS, checkPermissions],
  [DIRECTORY, checkDirectory],
  [RESOLVE, checkMailboxesResolve],
  [MAILBOX_READ, checkMailboxRead],
  [DATA_DIRECTORY, (context) => checkDataDirectory(context)],
  [PUBLIC_URL, checkPublicUrl],
  [APP_PACKAGE, checkAppPackage],
  [CLOCK, checkClockSkew],
];

/** The checks of a target; `configuration` is the configuration check's result, reported first. */
export async function runDoctor(configuration: CheckResult, target: DoctorTarget | null, onResult: (result: CheckResult) => void = () => undefined): Promise<CheckResult[]> {
  const results = [configuration];
  onResult(configuration);
  const context = target ? new DoctorContext(target) : null;
  try {
    for (const [name, run] of CHECKS) {
      const result = context ? await run(context).catch((error: unknown) => fail(name, `unexpected error: ${messageOf(error)}`)) : skip(name, 'needs a valid configuration');
      results.push(result);
      onResult(result);
    }
  } finally {
    await context?.close();
  }
  return results;
}
