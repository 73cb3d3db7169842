/**
 * Mbox exports (mboxo and mboxrd): messages separated by lines starting with "From ".
 * Files are streamed; body bytes are only scanned for the next separator, never decoded,
 * kept or parsed.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { isBlankLine, MAX_HEADER_BYTES } from './headers.js';
import { filesBelow, visibleEntries } from './maildir.js';
import type { MailboxReader, RawMessage } from './message.js';

const SEPARATOR = Buffer.from('From ');
const LINE_FEED = 0x0a;
const STREAM_CHUNK_BYTES = 256 * 1024;

/**
 * Splits an mbox byte stream, pushed in chunks of any size, into header blocks. Each block
 * is the lines after a separator up to the first blank line (or the next separator, or the
 * end). A block larger than MAX_HEADER_BYTES comes out as null. Of a body line only its
 * first five bytes are looked at, to tell whether it is a separator.
 */
export class MboxSplitter {
  private mode: 'preamble' | 'header' | 'skipping' = 'preamble';
  private readonly lineHead = Buffer.alloc(SEPARATOR.length);
  private lineHeadLength = 0;
  private lineLength = 0;
  private lineIsBlank = true;
  private lineParts: Buffer[] = [];
  private headerParts: Buffer[] = [];
  private headerBytes = 0;

  push(chunk: Uint8Array): (Buffer | null)[] {
    const blocks: (Buffer | null)[] = [];
    let position = 0;
    while (position < chunk.length) {
      const lineFeed = chunk.indexOf(LINE_FEED, position);
      const end = lineFeed < 0 ? chunk.length : lineFeed + 1;
      this.addToLine(chunk, position, end);
      position = end;
      if (lineFeed >= 0) this.endLine(blocks);
    }
    return blocks;
  }

  /** Call once the stream is over: a last line without a line feed still counts. */
  end(): (Buffer | null)[] {
    const blocks: (Buffer | null)[] = [];
    if (this.lineLength > 0) this.endLine(blocks);
    if (this.mode === 'header') this.emitHeader(blocks);
    this.mode = 'preamble';
    return blocks;
  }

  private addToLine(chunk: Uint8Array, start: number, end: number): void {
    const headWanted = Math.min(end, start + SEPARATOR.length - this.lineHeadLength);
    if (headWanted > start) {
      this.lineHead.set(chunk.subarray(start, headWanted), this.lineHeadLength);
      this.lineHeadLength += headWanted - start;
    }
    if (this.mode === 'header') {
      this.lineIsBlank &&= isBlankLine(chunk, start, end);
      if (this.headerBytes + this.lineLength + (end - start) <= MAX_HEADER_BYTES) {
        this.lineParts.push(Buffer.from(chunk.subarray(start, end)));
      }
    }
    this.lineLength += end - start;
  }

  private endLine(blocks: (Buffer | null)[]): void {
    const isSeparator = this.lineHeadLength === SEPARATOR.length && this.lineHead.equals(SEPARATOR);
    if (this.mode !== 'header') {
      if (isSeparator) this.startHeader();
    } else if (isSeparator) {
      this.emitHeader(blocks);
      this.startHeader();
    } else if (this.lineIsBlank) {
      this.emitHeader(blocks);
      this.mode = 'skipping';
    } else {
      this.headerBytes += this.lineLength;
      if (this.headerBytes <= MAX_HEADER_BYTES) this.headerParts.push(...this.lineParts);
    }
    this.lineHeadLength = 0;
    this.lineLength = 0;
    this.lineIsBlank = true;
    this.lineParts = [];
  }

  private startHeader(): void {
    this.mode = 'header';
    this.headerParts = [];
    this.headerBytes = 0;
  }

  private emitHeader(blocks: (Buffer | null)[]): void {
    blocks.push(this.headerBytes > MAX_HEADER_BYTES ? null : Buffer.concat(this.headerParts));
    this.headerParts = [];
    this.headerBytes = 0;
  }
}

/** Whether a file starts with a "From " line, as every mbox file does. */
export async function isMboxFile(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(SEPARATOR.length);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    return bytesRead === head.length && head.equals(SEPARATOR);
  } finally {
    await file.close();
  }
}

/** The messages of one mbox file, streamed, all in the given folder. */
export async function* mboxMessages(path: string, folderPath: string): AsyncGenerator<RawMessage> {
  const splitter = new MboxSplitter();
  const toMessage = (block: Buffer | null): RawMessage => ({ folderPath, headerBlock: block === null ? null : block.toString('utf8') });
  for await (const chunk of createReadStream(path, { highWaterMark: STREAM_CHUNK_BYTES })) {
    for (const block of splitter.push(chunk as Buffer)) yield toMessage(block);
  }
  for (const block of splitter.end()) yield toMessage(block);
}

export function withoutExtension(fileName: string): string {
  return fileName.slice(0, fileName.length - extname(fileName).length);
}

function joinFolders(...folders: string[]): string {
  return folders.filter((folder) => folder !== '').join('/');
}

/** A mailbox that is one mbox file: its name and its only folder are the file name without extension. */
export function mboxFileMailbox(path: string): MailboxReader {
  const name = withoutExtension(basename(path));
  return {
    name,
    async *messages(includeFolder) {
      if (includeFolder(name)) yield* mboxMessages(path, name);
    },
  };
}

/** A mailbox that is a folder: each mbox file below it is a folder (its relative path without extension). */
function mboxFolderMailbox(name: string, dir: string): MailboxReader {
  return {
    name,
    async *messages(includeFolder) {
      for await (const file of filesBelow(dir)) {
        const folderPath = joinFolders(file.folderPath, withoutExtension(basename(file.path)));
        if (includeFolder(folderPath) && (await isMboxFile(file.path))) yield* mboxMessages(file.path, folderPath);
      }
    },
  };
}

/** The mailboxes of an mbox export folder: each visible subfolder, and each mbox file at its top. */
export async function mboxDirectoryMailboxes(root: string): Promise<MailboxReader[]> {
  const mailboxes: MailboxReader[] = [];
  for (const entry of await visibleEntries(root)) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) mailboxes.push(mboxFolderMailbox(entry.name, path));
    else if (entry.isFile() && (await isMboxFile(path))) mailboxes.push(mboxFileMailbox(path));
  }
  return mailboxes;
}
