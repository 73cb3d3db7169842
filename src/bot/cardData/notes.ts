/** Free-text notes people attach to introduction requests and answers. */
import { clipText } from './shared.js';

/** What the note input accepts; clients do not enforce it for us, so cards clip to it too. */
export const NOTE_MAX_LENGTH = 500;

export function clippedNote(note: string | undefined): string {
  return clipText(note ?? '', NOTE_MAX_LENGTH);
}
