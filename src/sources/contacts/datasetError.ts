/** A customer dataset that cannot be read; the message is one line meant for the admin. */
export class DatasetError extends Error {
  override name = 'DatasetError';
}
