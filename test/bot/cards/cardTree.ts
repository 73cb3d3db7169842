/** Looking inside a rendered card: its elements, texts and actions, wherever they are nested. */
import { expect } from 'vitest';
import { TEAMS_CARD_LIMIT_BYTES, type AdaptiveCard } from '../../../src/bot/cards.js';
import { cardProblems } from './strictCardParser.js';

export type CardNode = Record<string, unknown> & { type: string };

export function nodesOf(value: unknown): CardNode[] {
  if (Array.isArray(value)) return value.flatMap(nodesOf);
  if (typeof value !== 'object' || value === null) return [];
  const node = value as Record<string, unknown>;
  const children = Object.entries(node).filter(([key]) => key !== 'data').flatMap(([, child]) => nodesOf(child));
  return typeof node.type === 'string' ? [node as CardNode, ...children] : children;
}

/** The card as a client without charts shows it: every `Chart.*` element replaced by its fallback. */
export function withoutCharts<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutCharts) as T;
  if (typeof value !== 'object' || value === null) return value;
  const node = value as Record<string, unknown>;
  if (typeof node.type === 'string' && node.type.startsWith('Chart.')) return withoutCharts(node.fallback) as T;
  return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, withoutCharts(child)])) as T;
}

export function ofType(card: AdaptiveCard, type: string): CardNode[] {
  return nodesOf(card).filter((node) => node.type === type);
}

export function textsOf(card: AdaptiveCard): string[] {
  return ofType(card, 'TextBlock').map((block) => block.text as string);
}

export function actionsOf(card: AdaptiveCard, type = 'Action.Execute'): CardNode[] {
  return nodesOf(card).filter((node) => node.type === type);
}

export function factsOf(card: AdaptiveCard): { title: string; value: string }[] {
  return ofType(card, 'FactSet').flatMap((set) => set.facts as { title: string; value: string }[]);
}

/** A chart label as it shows: without the invisible marks that keep repeated labels apart. */
export function visible(label: string): string {
  return label.replaceAll('\u2060', '');
}

export function cardBytes(card: AdaptiveCard): number {
  return Buffer.byteLength(JSON.stringify(card));
}

/** What every rendered card must satisfy: strict parse, no unbound field, within Teams' limit. */
export function expectValidCard(card: AdaptiveCard): void {
  expect(cardProblems(card)).toEqual([]);
  expect(JSON.stringify(card)).not.toContain('${');
  expect(card.version).toBe('1.5');
  expect(card.fallbackText, 'what clients that cannot show the card show').toMatch(/\S/);
  expect(cardBytes(card)).toBeLessThan(TEAMS_CARD_LIMIT_BYTES);
}
