/** Catalan: the words around a request, and the schedule's words. */
import type { LanguageGrammar } from '../grammar.js';
import { PLAIN_NAMES } from './plainNames.js';

export const ca: LanguageGrammar = {
  language: 'ca',
  leadingCourtesies: [
    'hola', 'bon dia', 'bona tarda', 'bona nit', 'bon vespre', 'si us plau', 'sisplau', 'siusplau', 'per favor',
    '[em] (pots|podries|podeu|podríeu)', 'gràcies', 'moltes gràcies', 'merci',
  ],
  trailingCourtesies: ['si us plau', 'sisplau', 'siusplau', 'gràcies', 'moltes gràcies', 'merci'],
  smallTalk: [
    'hola', 'bon dia', 'bona tarda', 'bona nit', 'gràcies', 'moltes gràcies', 'merci', "d'acord", 'ok', 'molt bé', 'perfecte',
    'adéu', 'fins aviat', 'com estàs', 'com va', 'què tal', 'mostra', "mostra'm", 'llista',
  ],
  lookupPrefixes: [
    "(mostra|mostra'm|mostrar|ensenya'm|ensenyar|obre|obrir|busca|buscar|cerca|troba|consulta|comprova|parla'm de|què em dius de|què me'n dius de|i de) [(el|la|els|les|l'|el meu|la meva|els meus|les meves)]",
  ],
  lookupSuffixes: [],
  sentenceStarts: [
    'què', 'per què', 'perquè', 'quan', 'on', 'quin', 'quina', 'quins', 'quines', 'qui', 'com', 'pots', 'podries', 'és', 'són', 'tinc',
    'tenim', 'jo', 'nosaltres', 'digues', "digue'm", "dona'm", 'vull', 'hi',
  ],
  pronouns: ['em', "m'", 'me', 'meu', 'meva', 'meus', 'meves', 'jo', 'tu', 'et', 'teu', 'teva', 'nosaltres', 'ens', 'nostre', 'nostra', 'nostres'],
  people: ['algú', 'alguna persona', 'gent', 'persones', 'contactes', 'un contacte', 'allà', 'aquí'],
  ...PLAIN_NAMES,
  weekdays: {
    Monday: ['dilluns', 'dl', 'dl.'],
    Tuesday: ['dimarts', 'dt', 'dt.'],
    Wednesday: ['dimecres', 'dc', 'dc.'],
    Thursday: ['dijous', 'dj', 'dj.'],
    Friday: ['divendres', 'dv', 'dv.'],
    Saturday: ['dissabte', 'dissabtes', 'ds', 'ds.'],
    Sunday: ['diumenge', 'diumenges', 'dg', 'dg.'],
  },
  schedule: {
    weekly: ['setmanalment', 'setmanal', 'setmana'],
    daily: ['diàriament', 'diari', 'diària', 'dia'],
    off: ['desactivat', 'desactivada', 'desactiva', 'cap', 'mai', 'aturat', 'aturada', 'atura', 'pausa', 'off'],
    fillers: ['el', 'els', 'a', 'les', 'la', 'cada', 'de', 'tots', 'totes', 'hores', 'h', '@'],
    format: { weekly: 'programa cada {day} a les {time}', daily: 'programa cada dia a les {time}', off: 'desactiva la programació' },
    timeSeparator: ':',
  },
  lists: {
    people: ['algú', 'alguna persona', 'gent', 'persones', 'contactes', 'un contacte'],
    at: ['a', 'de', 'en', 'dins de'],
    intro: ['presentacions', 'presentació', 'introduccions', 'introducció'],
    accounts: ['comptes', 'clients'],
  },
  placeholders: { account: '<compte>', name: '<nom>' },
  examples: { account: 'Contoso', email: 'jane@contoso.com', segmentName: 'freds', count: 10 },
};
