/**
 * Data for `cards/wizardStep.json`: one form card for every wizard step (title, "Step n of N",
 * text, facts, inputs, an error, Back / Next or Save / Cancel). Card validation (`isRequired`,
 * `regex`) is only a hint; the dialog checks every submit on the server.
 */
import type { Catalog } from '../catalog/catalog.js';
import { escapeMarkdown } from '../cards.js';
import { fallbackText } from './shared.js';

export type WizardInput =
  | { kind: 'text'; id: string; label: string; value?: string; placeholder?: string; multiline?: boolean; required?: boolean; errorMessage?: string; regex?: string }
  | { kind: 'choice'; id: string; label: string; value?: string; choices: { title: string; value: string }[]; required?: boolean; errorMessage?: string }
  | { kind: 'toggle'; id: string; label: string; title?: string; value?: boolean; required?: boolean; errorMessage?: string };

/** What a step shows. Text is plain (untrusted text welcome): it is escaped here. */
export interface WizardStepView {
  title: string;
  paragraphs?: string[];
  facts?: { title: string; value: string }[];
  inputs?: WizardInput[];
  /** Shown in an attention box at the top. */
  error?: string;
  /** The last step says Save instead of Next. */
  isLast?: boolean;
  /** A terminal explanation (e.g. unsupported region): no Next button. */
  hideNext?: boolean;
}

export interface WizardStepPosition {
  wizard: string;
  stepId: string;
  index: number;
  total: number;
}

/**
 * An input as an Adaptive Card element, built here rather than in the template because
 * a default value (false, "") is dropped by hosts' parsers and must be left out, not bound.
 * Labels are plain text in Adaptive Cards (no markdown), so they are not escaped.
 */
function inputElement(input: WizardInput): object {
  const required = input.required ? { isRequired: true, errorMessage: input.errorMessage ?? input.label } : {};
  switch (input.kind) {
    case 'text':
      return {
        type: 'Input.Text', id: input.id, label: input.label, ...required,
        ...(input.value ? { value: input.value } : {}),
        ...(input.placeholder ? { placeholder: input.placeholder } : {}),
        ...(input.multiline ? { isMultiline: true } : {}),
        ...(input.regex ? { regex: input.regex } : {}),
      };
    case 'choice':
      return {
        type: 'Input.ChoiceSet', id: input.id, label: input.label, ...required,
        ...(input.value ? { value: input.value } : {}),
        choices: input.choices.map(({ title, value }) => ({ title, value })),
      };
    case 'toggle':
      return {
        type: 'Input.Toggle', id: input.id, label: input.label, title: input.title ?? input.label, ...required,
        ...(input.value ? { value: 'true' } : {}),
      };
  }
}

export function wizardStepCardData(view: WizardStepView, position: WizardStepPosition, catalog: Catalog): object {
  const inputs = view.inputs ?? [];
  const progress = catalog.t('wizard.progress', { step: position.index + 1, total: position.total });
  const title = escapeMarkdown(view.title);
  return {
    fallbackText: fallbackText(title, progress),
    wizard: position.wizard,
    step: position.stepId,
    progress,
    title,
    hasError: Boolean(view.error),
    error: escapeMarkdown(view.error ?? ''),
    paragraphs: (view.paragraphs ?? []).map((text) => ({ text: escapeMarkdown(text) })),
    hasFacts: (view.facts ?? []).length > 0,
    facts: (view.facts ?? []).map((fact) => ({ title: escapeMarkdown(fact.title), value: escapeMarkdown(fact.value) })),
    hasInputs: inputs.length > 0,
    inputElements: inputs.map(inputElement),
    hasBack: position.index > 0,
    backTitle: catalog.t('wizard.back'),
    hasNext: !view.hideNext,
    nextTitle: catalog.t(view.isLast ? 'wizard.save' : 'wizard.next'),
    nextAction: view.isLast ? 'save' : 'next',
    cancelTitle: catalog.t('wizard.cancel'),
  };
}
