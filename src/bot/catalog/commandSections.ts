/**
 * The conversational layer's catalog section in every language, whether or not the rest of
 * that language's catalog is registered yet: the Teams app package is built from them, and a
 * test holds each to the English one.
 */
import type { Language } from './languages.js';
import { commandMessages as en } from './en/commands.js';
import { commandMessages as sv } from './sv/commands.js';
import { commandMessages as ca } from './ca/commands.js';
import { commandMessages as id } from './id/commands.js';
import { commandMessages as kk } from './kk/commands.js';

export type CommandMessages = { readonly [K in keyof typeof en]: string };

export const COMMAND_SECTIONS: Readonly<Record<Language, CommandMessages>> = { en, sv, ca, id, kk };
