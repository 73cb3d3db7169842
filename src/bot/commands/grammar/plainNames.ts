/**
 * For languages whose nouns and prepositions come before a name ("el compte Contoso", "akun
 * Contoso"): the phrases themselves say them, so nothing trailing a name is taken off it.
 */
import type { LanguageGrammar } from '../grammar.js';

export const PLAIN_NAMES: Pick<LanguageGrammar, 'accountNouns' | 'aboutNouns' | 'articles' | 'possessive' | 'aboutNounsNeedPossessive' | 'caseEndings'> = {
  accountNouns: [], aboutNouns: [], articles: [], possessive: null, aboutNounsNeedPossessive: true, caseEndings: null,
};
