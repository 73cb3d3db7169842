/** An activity file that cannot be read at all; the message is one line naming the file. */
export class JsonlError extends Error {
  override name = 'JsonlError';
}

export function toJsonlError(path: string, error: unknown): Error {
  if (error instanceof JsonlError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new JsonlError(`Activity file not found: ${path}`);
  if (code === 'EISDIR') return new JsonlError(`Activity path is a directory, not a JSONL file: ${path}`);
  const message = error instanceof Error ? error.message : String(error);
  return new JsonlError(`Cannot read activity file ${path}: ${message}`);
}
