/** What the configure-engagement wizard collects, step by step (JSON only: it lives in dialog state). */
import type { Catalog } from '../../catalog/catalog.js';
import type { WizardInput } from '../../cardData/wizardStep.js';
import type { WizardStep } from '../wizardDialog.js';
import { listNames } from '../wizardText.js';
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
  return catalog.t('enrichment.column.unknown', { dataset: dataset.name, column, columns: listNames(dataset.columns, catalog) });
}

/** A required column input (chosen or typed): the dataset's column, or the error to show. */
export function requiredColumn(dataset: RegisteredDataset, typed: string, missing: string, catalog: Catalog): { column: string } | { error: string } {
  if (typed === '') return { error: missing };
  const column = columnOf(dataset, typed);
  return column ? { column } : { error: unknownColumnError(dataset, typed, catalog) };
}

/**
 * Up to this many columns (and this many bytes of their names) are offered as choices. A step
 * has up to four column inputs, each listing every column twice (title and value): within these
 * bounds its card stays far below Teams' 28 KB; beyond them the columns are typed instead.
 */
export const MAX_COLUMN_CHOICES = 30;
export const MAX_COLUMN_CHOICE_BYTES = 1_500;

/** Whether the dataset's columns are few and short enough to offer as choices on a card. */
export function columnsFitChoices(dataset: RegisteredDataset): boolean {
  return dataset.columns.length <= MAX_COLUMN_CHOICES && Buffer.byteLength(dataset.columns.join('')) <= MAX_COLUMN_CHOICE_BYTES;
}

/**
 * The choice that maps no column to an optional field. Cards refuse an empty choice value, and
 * a blank one reads back as nothing typed: the field is left unmapped.
 */
export const NO_COLUMN = ' ';

/** An input for one column: a choice among the columns (with `noneTitle`, also "none"), or a box for its name when they do not fit. */
export function columnInput(dataset: RegisteredDataset, input: { id: string; label: string; value?: string; required?: string; noneTitle?: string }): WizardInput {
  const { id, label, value, required, noneTitle } = input;
  const common = { id, label, ...(value ? { value } : {}), ...(required ? { required: true, errorMessage: required } : {}) };
  const none = noneTitle ? [{ title: noneTitle, value: NO_COLUMN }] : [];
  return columnsFitChoices(dataset)
    ? { kind: 'choice', ...common, choices: [...none, ...dataset.columns.map((column) => ({ title: column, value: column }))] }
    : { kind: 'text', ...common };
}

/** What a step with column inputs says when the columns are typed, or nothing. */
export function typedColumnsNote(dataset: RegisteredDataset, catalog: Catalog, inputs: 'one' | 'many'): string[] {
  if (columnsFitChoices(dataset)) return [];
  const count = dataset.columns.length;
  return [catalog.t(inputs === 'one' ? 'enrichment.column.typeOne' : 'enrichment.column.typeMany', { count })];
}

/** The saved value when it is still one of the dataset's columns (a changed dataset drops it). */
export function presetColumn(dataset: RegisteredDataset, column: string | undefined): string | undefined {
  return column !== undefined && dataset.columns.includes(column) ? column : undefined;
}

export function mailboxesFact(answers: EnrichmentAnswers, catalog: Catalog): { title: string; value: string } {
  const value = answers.mailboxCount === null || answers.mailboxCount === undefined
    ? catalog.t('enrichment.fact.mailboxesLater')
    : catalog.t('enrichment.count.mailboxes', { count: answers.mailboxCount });
  return { title: catalog.t('enrichment.fact.mailboxes'), value };
}
