import type { CustomerDataset } from '../../engagement/customers.js';
import { CustomerDatasetBuilder, type DatasetReport } from './datasetBuilder.js';
import { readCsvRecords } from './csvRecords.js';
import { DatasetError } from './datasetError.js';
import { resolveColumns, type FieldMapping } from './fieldMapping.js';

export { DatasetError } from './datasetError.js';
export { FIELD_MAPPING_OPTIONS, type FieldMapping, type MappedField } from './fieldMapping.js';
export { REPORT_EXAMPLE_LINES, type DatasetReport } from './datasetBuilder.js';

/**
 * Loads the customer dataset from a CSV file with a header row, streaming it row by row.
 * Unusable rows are counted in the report rather than failing the load; a missing file,
 * a mapped column that does not exist or a file without data rows is a DatasetError.
 */
export async function readCustomerCsv(
  path: string,
  mapping: FieldMapping,
): Promise<{ dataset: CustomerDataset; report: DatasetReport }> {
  let builder: CustomerDatasetBuilder | null = null;
  for await (const record of readCsvRecords(path)) {
    if (builder === null) builder = new CustomerDatasetBuilder(resolveColumns(path, record.fields, mapping));
    else builder.addRow(record);
  }
  if (builder === null) throw new DatasetError(`${path} is empty: a header row naming the columns is required`);
  if (builder.rows === 0) throw new DatasetError(`${path} has a header row but no data rows`);
  return builder.finish();
}

/** The column names of the header row (trimmed), e.g. to offer them when mapping fields. */
export async function readCsvColumns(path: string): Promise<string[]> {
  for await (const record of readCsvRecords(path)) {
    return record.fields.map((name) => name.trim());
  }
  throw new DatasetError(`${path} is empty: a header row naming the columns is required`);
}
