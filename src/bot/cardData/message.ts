/** Data for `cards/message.json`: a titled message for confirmations and errors. */
import { escapeMarkdown } from '../cards.js';
import { fallbackText, type Fact } from './shared.js';

export interface MessageCardData {
  fallbackText: string;
  style: 'default' | 'good' | 'attention';
  title: string;
  text: string;
  hasFacts: boolean;
  facts: Fact[];
}

export interface MessageInput {
  title: string;
  text: string;
  facts?: readonly Fact[];
  tone?: 'neutral' | 'success' | 'error';
}

const STYLES = { neutral: 'default', success: 'good', error: 'attention' } as const;

/**
 * Everything here is plain text, usually catalog messages with user or mail text substituted
 * in, so all of it is escaped: it shows literally, whatever was substituted.
 */
export function messageCardData(message: MessageInput): MessageCardData {
  const facts = (message.facts ?? []).map((fact) => ({ title: escapeMarkdown(fact.title), value: escapeMarkdown(fact.value) }));
  const title = escapeMarkdown(message.title);
  const text = escapeMarkdown(message.text);
  return {
    fallbackText: fallbackText(title, text),
    style: STYLES[message.tone ?? 'neutral'],
    title,
    text,
    hasFacts: facts.length > 0,
    facts,
  };
}
