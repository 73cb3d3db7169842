/** The `rapport` command line. Bad input ends with exit code 2 and one clear line, never a stack trace. */
import { aggregateCommand, type CommandIo } from './cli/aggregateCommand.js';
import { demoCommand } from './cli/demoCommand.js';
import { doctorCommand } from './cli/doctorCommand.js';
import { serveCommand } from './cli/serveCommand.js';
import { simulateCommand } from './cli/simulateCommand.js';
import { UsageError } from './cli/usageError.js';
import { MailboxCountError } from './jobs/aggregateRun.js';
import { SourceSpecError } from './jobs/sourceSpec.js';
import { GraphAuthError } from './sources/graph/authErrors.js';
import { DirectoryError } from './sources/graph/directory.js';
import { GraphConfigError } from './sources/graph/graphConfig.js';
import { SegmentSyntaxError } from './engagement/segments.js';
import { ConfigError } from './config.js';
import { DatasetError } from './sources/contacts/csvDataset.js';
import { MailExportError } from './sources/mailExport/mailExport.js';
import { JsonlError } from './sources/jsonl/jsonlReader.js';

const USAGE = `Usage: rapport <command> [flags]

Commands:
  serve       run the Teams bot: production from the environment (MicrosoftAppId, ...),
              or --demo: the simulated tenant, no authentication, 127.0.0.1 only, and the Agents Playground
  doctor      check a deployment, one line per check (exit code 1 when one fails):
    rapport doctor [--mailboxes users-and-groups] [--package FILE.zip|manifest.json]
    rapport doctor --demo   the same checks against the built-in simulated tenant
  demo        aggregate the built-in demo tenant and print the top accounts
  simulate    serve the demo tenant as a Graph-compatible HTTPS tenant, or write it as an export:
    rapport simulate [--seed N] [--as-of ISO-TIME] [--port P] [--write-export DIR]
  aggregate   compute the engagement table from mail exports, JSONL activity or Microsoft Graph:
    rapport aggregate --source maildir:DIR | mbox:FILE | jsonl:FILE | graph   (repeatable)
      --contacts FILE.csv --email-field COL --account-field COL
      [--account-name-field COL] [--domain-field COL] [--owner-field COL]
      --internal-domains a.com,b.com [--mailboxes addr,...] [--mailbox-map folder=addr,...]
      [--public-domains x.com,...] --as-of ISO-TIME [--levels Year,Month,Week]
      --out FILE.json|FILE.csv
      [--ties FILE.json] [--health FILE.json] [--segment "EXPRESSION"]
    with --source graph: --tenant-id ID --client-id ID (or AZURE_TENANT_ID, AZURE_CLIENT_ID),
      AZURE_CLIENT_SECRET in the environment or --certificate FILE.pem --certificate-thumbprint HEX,
      --mailboxes users-and-groups, [--authority-host URL] [--graph-base-url URL] [--ca-file FILE.pem]
  help        show this text
`;

/** Errors that mean "the input is wrong": reported as one line, exit code 2. */
const INPUT_ERRORS = [
  UsageError, SourceSpecError, DatasetError, MailExportError, JsonlError, MailboxCountError, SegmentSyntaxError,
  GraphAuthError, GraphConfigError, DirectoryError, ConfigError,
];

export async function main(argv: string[], io: CommandIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'aggregate':
        return await aggregateCommand(rest, io);
      case 'demo':
        return await demoCommand(rest, io);
      case 'doctor':
        return await doctorCommand(rest, io);
      case 'simulate':
        return await simulateCommand(rest, io);
      case 'serve':
        return await serveCommand(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command '${command}' (try: rapport help)`);
    }
  } catch (error) {
    if (INPUT_ERRORS.some((kind) => error instanceof kind)) {
      io.stderr.write(`rapport: ${(error as Error).message}\n`);
      return 2;
    }
    if (isFileSystemError(error)) {
      io.stderr.write(`rapport: cannot ${error.syscall} ${error.path}: ${error.code}\n`);
      return 2;
    }
    io.stderr.write(`rapport: unexpected error: ${(error as Error).message ?? String(error)}\n`);
    return 1;
  }
}

function isFileSystemError(error: unknown): error is NodeJS.ErrnoException & { path: string; syscall: string } {
  const candidate = error as NodeJS.ErrnoException | null;
  return typeof candidate?.code === 'string' && typeof candidate.path === 'string' && typeof candidate.syscall === 'string';
}
