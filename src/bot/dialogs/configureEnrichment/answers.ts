/** What the configure-engagement wizard collects, step by step (JSON only: it lives in dialog state). */
import type { Catalog } from '../../catalog/catalog.js';
import type { WizardStep } from '../wizardDialog.js';
import type { AdminServices } from '../../../jobs/admin/adminServices.js';
import type { RegisteredDataset, StoredFieldMapping } from '../../../store/adminSchema.js';

export type EnrichmentAnswers = {
  region?: string;
  /** The users and groups as entered, distinct, in order. */
  mailboxEntries?: string[];
  /** Null when the directory could not be read (resolved at the first run). */
  mailboxCount?: number | null;
  /** Why the directory could not be read, for the admin. */
  directoryReason?: string;
  /** Display names of members without a mailbox (the first few) and how many there were. */
  leftOut?: string[];
  leftOutCount?: number;
  agreedAt?: number;
  datasetId?: string;
  fieldMapping?: Partial<StoredFieldMapping>;
  name?: string;
  outputTable?: string;
};

export type EnrichmentStep = WizardStep<EnrichmentAnswers>;
export type StepFactory = (services: AdminServices) => EnrichmentStep;


export function datasetOf(services: AdminServices, answers: EnrichmentAnswers): RegisteredDataset | undefined {
  return answers.datasetId ? services.datasets.get(answers.datasetId) : undefined;
}

/** The dataset's own spelling of a column named case-insensitively, or undefined. */
export function columnOf(dataset: RegisteredDataset, name: string): string | undefined {
  return dataset.columns.find((column) => column === name) ?? dataset.columns.find((column) => column.toLowerCase() === name.toLowerCase());
}

export function unknownColumnError(dataset: RegisteredDataset, column: string, catalog: Catalog): string {
  return catalog.t('enrichment.column.unknown', { dataset: dataset.name, column, columns: dataset.columns.join(', ') });
}

export function columnChoices(dataset: RegisteredDataset): { title: string; value: string }[] {
  return dataset.columns.map((column) => ({ title: column, value: column }));
}

/** The saved value when it is still one of the dataset's columns (a changed dataset drops it). */
export function presetColumn(dataset: RegisteredDataset, column: string | undefined): string | undefined {
  return column !== undefined && dataset.columns.includes(column) ? column : undefined;
}

export function mailboxesFact(answers: EnrichmentAnswers, catalog: Catalog): { title: string; value: string } {
  const value = answers.mailboxCount === null || answers.mailboxCount === undefined
    ? catalog.t('enrichment.fact.mailboxesLater')
    : catalog.plural('enrichment.count.mailboxes', answers.mailboxCount);
  return { title: catalog.t('enrichment.fact.mailboxes'), value };
}
