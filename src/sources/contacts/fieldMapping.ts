import { DatasetError } from './datasetError.js';

/** Which CSV column holds each field of the customer dataset (column names as in the header row). */
export interface FieldMapping {
  email: string;
  accountId: string;
  accountName?: string;
  domain?: string;
  owner?: string;
}

export type MappedField = keyof FieldMapping;

/** The command-line option that sets each mapping; error messages name it so the fix is obvious. */
export const FIELD_MAPPING_OPTIONS: Readonly<Record<MappedField, string>> = {
  email: '--email-field',
  accountId: '--account-field',
  accountName: '--account-name-field',
  domain: '--domain-field',
  owner: '--owner-field',
};

/** Zero-based positions of the mapped columns in each record; null when a field is not mapped. */
export interface ColumnIndexes {
  email: number;
  accountId: number;
  accountName: number | null;
  domain: number | null;
  owner: number | null;
}

/**
 * Finds each mapped column in the header (names compared after trimming; when a name
 * repeats, its first column wins). A mapped column that does not exist is a DatasetError
 * listing the columns that do.
 */
export function resolveColumns(path: string, header: readonly string[], mapping: FieldMapping): ColumnIndexes {
  const columns = header.map((name) => name.trim());
  const find = (field: MappedField, name: string): number => {
    const index = columns.indexOf(name.trim());
    if (index < 0) {
      const existing = columns.map((column) => JSON.stringify(column)).join(', ');
      throw new DatasetError(
        `${FIELD_MAPPING_OPTIONS[field]} ${JSON.stringify(name)} is not a column of ${path}; its columns are: ${existing}`,
      );
    }
    return index;
  };
  const findOptional = (field: MappedField, name: string | undefined): number | null =>
    name === undefined ? null : find(field, name);
  return {
    email: find('email', mapping.email),
    accountId: find('accountId', mapping.accountId),
    accountName: findOptional('accountName', mapping.accountName),
    domain: findOptional('domain', mapping.domain),
    owner: findOptional('owner', mapping.owner),
  };
}
