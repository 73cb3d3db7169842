/** Errors that name the file at fault, so an operator knows what to look at. */

export type StateFileProblem = 'corrupt' | 'too-new' | 'migration-failed';

/** The state file could not be opened; it is never overwritten when this is thrown. */
export class StateFileError extends Error {
  override readonly name = 'StateFileError';

  constructor(
    readonly file: string,
    readonly problem: StateFileProblem,
    detail: string,
  ) {
    super(`Rapport state file ${file} ${detail}. The file was left untouched.`);
  }
}

/** The current run's insights file is missing or is not an insights file this build reads. */
export class InsightsFileError extends Error {
  override readonly name = 'InsightsFileError';

  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`Rapport insights file ${file} ${detail}.`);
  }
}

/** A write was attempted after `close()`. */
export class StoreClosedError extends Error {
  override readonly name = 'StoreClosedError';

  constructor() {
    super('Rapport store is closed');
  }
}
