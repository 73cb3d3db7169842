/**
 * Mail exports on disk (maildir or mbox) as a source of MailItems, headers only
 * (engagement-spec.md, section 1, "Mail exports").
 */
import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { MailItem } from '../../engagement/activity.js';
import { addressOfPart } from './addresses.js';
import { folderOf } from './folder.js';
import { maildirMailboxes } from './maildir.js';
import { isMboxFile, mboxDirectoryMailboxes, mboxFileMailbox } from './mbox.js';
import { mailItemFromHeaderBlock, type MailboxReader, type MessageSkipReason, type RawMessage } from './message.js';

/** A mail export that cannot be opened; the message is one line naming the path or mailbox. */
export class MailExportError extends Error {
  override name = 'MailExportError';
}

export interface MailExportSpec {
  kind: 'maildir' | 'mbox';
  /** maildir: a folder. mbox: one mbox file (one mailbox) or a folder of mailboxes. */
  path: string;
}

export interface MailExportOptions {
  /** Mailbox addresses by mailbox name; the others are inferred from their sent messages. */
  mailboxMap?: Readonly<Record<string, string>>;
}

export interface ExportMailbox {
  /** The mailbox's folder name, or its mbox file name without extension. */
  name: string;
  /** The mailbox's address: the MailItems read from it carry it as `mailbox`. */
  address: string;
}

/** Messages left out, by reason, over the latest read of each mailbox. */
export interface SkipReport {
  unparseableDate: number;
  noFrom: number;
  /** Header blocks larger than 1 MiB, which no real message has. */
  headerTooLarge: number;
}

export interface MailExport {
  readonly mailboxes: ExportMailbox[];
  /** Streams one mailbox's messages (all its folders), headers only, in a deterministic order. */
  read(mailbox: ExportMailbox): AsyncIterable<MailItem>;
  /** Counted as messages are read; reading a mailbox again replaces its counts. */
  skipped(): SkipReport;
}

type SkipReason = MessageSkipReason | 'header-too-large';
type MessageResult = MailItem | { skipped: SkipReason };

function interpret(message: RawMessage, mailbox: string): MessageResult {
  if (message.headerBlock === null) return { skipped: 'header-too-large' };
  return mailItemFromHeaderBlock(message.headerBlock, mailbox, folderOf(message.folderPath));
}

async function statOrNull(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

/** Runs a first look at the export, turning a file system failure into a MailExportError. */
async function inspect<T>(path: string, look: () => Promise<T>): Promise<T> {
  try {
    return await look();
  } catch (error) {
    fail(`Cannot read mail export ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function fail(message: string): never {
  throw new MailExportError(message);
}

async function openMaildirReaders(path: string, stats: Stats): Promise<MailboxReader[]> {
  if (!stats.isDirectory()) fail(`Maildir export ${path} is not a folder: it must hold one folder per mailbox`);
  const mailboxes = await inspect(path, () => maildirMailboxes(path));
  if (mailboxes.length === 0) fail(`Maildir export ${path} has no mailbox folders: it must hold one folder per mailbox`);
  return mailboxes;
}

async function openMboxReaders(path: string, stats: Stats): Promise<MailboxReader[]> {
  if (stats.isFile()) {
    const isMbox = await inspect(path, () => isMboxFile(path));
    if (!isMbox) fail(`Mbox export ${path} is empty or not an mbox file: it does not start with a "From " line`);
    return [mboxFileMailbox(path)];
  }
  if (!stats.isDirectory()) fail(`Mbox export ${path} is neither an mbox file nor a folder`);
  const mailboxes = await inspect(path, () => mboxDirectoryMailboxes(path));
  if (mailboxes.length === 0) fail(`Mbox export ${path} has no mailboxes: it must hold one folder or mbox file per mailbox`);
  return mailboxes;
}

async function openReaders(spec: MailExportSpec): Promise<MailboxReader[]> {
  const stats = (await statOrNull(spec.path)) ?? fail(`Mail export not found: ${spec.path}`);
  return spec.kind === 'maildir' ? openMaildirReaders(spec.path, stats) : openMboxReaders(spec.path, stats);
}

function rejectDuplicateNames(readers: readonly MailboxReader[], path: string): void {
  const seen = new Set<string>();
  for (const { name } of readers) {
    if (seen.has(name)) fail(`Mail export ${path} has two mailboxes named "${name}" (a folder and an mbox file, or two mbox files)`);
    seen.add(name);
  }
}

function quotedList(names: readonly string[], limit = 10): string {
  const shown = names.slice(0, limit).map((name) => `"${name}"`).join(', ');
  return names.length > limit ? `${shown} and ${names.length - limit} more` : shown;
}

/** The given addresses by mailbox name, normalized; unknown names and invalid addresses are errors. */
function givenAddresses(names: readonly string[], mailboxMap: Readonly<Record<string, string>>, path: string): Map<string, string> {
  const given = new Map<string, string>();
  for (const [name, value] of Object.entries(mailboxMap)) {
    if (!names.includes(name)) fail(`Mailbox map names "${name}", which is not a mailbox of ${path} (its mailboxes: ${quotedList(names)})`);
    const address = addressOfPart(value) ?? fail(`Mailbox map gives "${value}" for mailbox "${name}", which is not a valid address`);
    given.set(name, address);
  }
  return given;
}

/**
 * The most frequent valid `From` of a mailbox's sent messages (a tie goes to the
 * alphabetically smallest), or null when it has none.
 */
async function mostFrequentSender(reader: MailboxReader): Promise<string | null> {
  const counts = new Map<string, number>();
  for await (const message of reader.messages((folderPath) => folderOf(folderPath) === 'sent')) {
    const result = interpret(message, '');
    if (!('skipped' in result)) counts.set(result.from, (counts.get(result.from) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [address, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && address < best)) {
      best = address;
      bestCount = count;
    }
  }
  return best;
}

function missingAddressError(names: readonly string[]): MailExportError {
  const [first = ''] = names;
  const hint = `--mailbox-map ${first}=address`;
  if (names.length === 1) {
    return new MailExportError(`No address for mailbox "${first}": it has no sent messages to infer one from; give it with ${hint}`);
  }
  return new MailExportError(`No address for mailboxes ${quotedList(names)}: they have no sent messages to infer one from; give each with ${hint}`);
}

async function resolveMailboxes(readers: readonly MailboxReader[], options: MailExportOptions, path: string): Promise<ExportMailbox[]> {
  const names = readers.map((reader) => reader.name);
  const given = givenAddresses(names, options.mailboxMap ?? {}, path);
  const mailboxes: ExportMailbox[] = [];
  const missing: string[] = [];
  for (const reader of readers) {
    const address = given.get(reader.name) ?? (await mostFrequentSender(reader));
    if (address === null) missing.push(reader.name);
    else mailboxes.push({ name: reader.name, address });
  }
  if (missing.length > 0) throw missingAddressError(missing);
  return mailboxes;
}

function noSkips(): SkipReport {
  return { unparseableDate: 0, noFrom: 0, headerTooLarge: 0 };
}

function countSkip(report: SkipReport, reason: SkipReason): void {
  if (reason === 'unparseable-date') report.unparseableDate++;
  else if (reason === 'no-from') report.noFrom++;
  else report.headerTooLarge++;
}

/**
 * Opens a mail export: lists its mailboxes and settles their addresses (given in
 * `mailboxMap`, else inferred from each mailbox's sent messages, which reads their headers
 * once). Throws a MailExportError when the export or a mailbox address cannot be settled.
 */
export async function openMailExport(spec: MailExportSpec, options: MailExportOptions = {}): Promise<MailExport> {
  const readers = await openReaders(spec);
  rejectDuplicateNames(readers, spec.path);
  const mailboxes = await resolveMailboxes(readers, options, spec.path);
  const readersByName = new Map(readers.map((reader) => [reader.name, reader]));
  const skipsByMailbox = new Map<string, SkipReport>();

  async function* read(requested: ExportMailbox): AsyncGenerator<MailItem> {
    const mailbox = mailboxes.find((candidate) => candidate.name === requested.name);
    const reader = readersByName.get(requested.name);
    if (mailbox === undefined || reader === undefined) fail(`"${requested.name}" is not a mailbox of ${spec.path}`);
    const skips = noSkips();
    skipsByMailbox.set(mailbox.name, skips);
    for await (const message of reader.messages(() => true)) {
      const result = interpret(message, mailbox.address);
      if ('skipped' in result) countSkip(skips, result.skipped);
      else yield result;
    }
  }

  function skipped(): SkipReport {
    const total = noSkips();
    for (const skips of skipsByMailbox.values()) {
      total.unparseableDate += skips.unparseableDate;
      total.noFrom += skips.noFrom;
      total.headerTooLarge += skips.headerTooLarge;
    }
    return total;
  }

  return { mailboxes, read, skipped };
}
