/**
 * `npm run package`: build the Teams app package (manifest.json, color.png, outline.png in one
 * zip) from the committed template and the bot's configuration. An invalid package is never
 * written: every problem is printed and the exit code is 2.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildAppPackage } from './buildPackage.js';
import { ManifestTemplateError } from './manifest.js';
import { readManifestTemplate, readProjectVersion } from './manifestTemplate.js';
import {
  DEFAULT_OUT_PATH,
  DEFAULT_WEBSITE_URL,
  DEMO_APP_ID,
  DEMO_BOT_DOMAIN,
  PackageConfigError,
  resolvePackageConfig,
  type PackageEnvironment,
} from './packageConfig.js';
import { SchemaUnavailableError } from './validate.js';

export type PackageCommandIo = {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
};

const USAGE = `Usage: npm run package -- [--app-id GUID | --demo] [--domain HOST] [--website-url URL] [--out FILE.zip]

  --app-id GUID      the bot's Microsoft App ID (default: $MicrosoftAppId); required unless --demo
  --demo             use the demo app id ${DEMO_APP_ID}, for the Agents Playground only
  --domain HOST      the bot's public host name, no scheme (default: $BOT_DOMAIN; with --demo: ${DEMO_BOT_DOMAIN})
  --website-url URL  base of the website, /privacy and /terms pages (default: $RAPPORT_WEBSITE_URL or ${DEFAULT_WEBSITE_URL})
  --out FILE.zip     where to write the package (default: ${DEFAULT_OUT_PATH})
`;

const OPTIONS = {
  'app-id': { type: 'string' },
  demo: { type: 'boolean' },
  domain: { type: 'string' },
  'website-url': { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Errors that mean "the input is wrong": one line, exit code 2. */
const INPUT_ERRORS = [PackageConfigError, ManifestTemplateError, SchemaUnavailableError];

export async function runPackageCommand(
  argv: readonly string[],
  env: PackageEnvironment = process.env,
  io: PackageCommandIo = process,
): Promise<number> {
  try {
    const flags = parseFlags(argv);
    if (flags.help) {
      io.stdout.write(USAGE);
      return 0;
    }
    const config = resolvePackageConfig(
      { appId: flags['app-id'], demo: flags.demo, domain: flags.domain, websiteUrl: flags['website-url'], out: flags.out },
      env,
    );
    const built = await buildAppPackage(config, await readManifestTemplate(), await readProjectVersion());
    if (!built.valid) {
      io.stderr.write(`rapport package: the app package is invalid, nothing was written:\n`);
      for (const problem of built.problems) io.stderr.write(`  - ${problem}\n`);
      return 2;
    }
    await mkdir(path.dirname(path.resolve(config.outPath)), { recursive: true });
    await writeFile(config.outPath, built.zip);
    io.stdout.write(
      `wrote ${config.outPath}: ${built.manifest.name.short} ${built.manifest.version}, ` +
        `app id ${built.manifest.id}, valid domain ${config.botDomain}\n`,
    );
    if (config.demo) {
      io.stdout.write('this is a demo package: its app id is registered nowhere; use it with the Agents Playground, do not upload it to Teams\n');
    }
    return 0;
  } catch (error) {
    if (INPUT_ERRORS.some((kind) => error instanceof kind)) {
      io.stderr.write(`rapport package: ${(error as Error).message}\n`);
      return 2;
    }
    io.stderr.write(`rapport package: unexpected error: ${(error as Error).message ?? String(error)}\n`);
    return 1;
  }
}

function parseFlags(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new PackageConfigError(`${(error as Error).message.split('\n')[0]!} (try --help)`);
  }
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  return script !== undefined && import.meta.url === pathToFileURL(path.resolve(script)).href;
}

if (isEntryPoint()) {
  process.exitCode = await runPackageCommand(process.argv.slice(2));
}
