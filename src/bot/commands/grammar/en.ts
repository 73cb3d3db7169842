/** English: the words around a request, and the schedule's words. */
import type { LanguageGrammar } from '../grammar.js';

export const en: LanguageGrammar = {
  language: 'en',
  leadingCourtesies: [
    'hi', 'hello', 'hey', 'hiya', 'howdy', 'greetings', 'good (morning|afternoon|evening|day)', 'please', 'pls', 'plz', 'kindly',
    '(can|could|would|will) (you|u)', 'thanks', 'thank you', 'thx', 'cheers',
  ],
  trailingCourtesies: ['please', 'pls', 'plz', 'thanks', 'thank you', 'thx', 'cheers'],
  smallTalk: [
    'hi', 'hello', 'hey', 'hiya', 'howdy', 'yo', 'sup', "what's up", 'whats up', 'how are you', "how's it going",
    'good morning', 'good afternoon', 'good evening', 'thanks', 'thank you', 'thx', 'ty', 'cheers',
    'ok', 'okay', 'cool', 'great', 'bye', 'goodbye', 'show', 'show me', 'list',
  ],
  lookupPrefixes: ['(show|display|view|list|open|find|check|get|look up|lookup|pull up|tell me about|what about|how about) [me] [(the|my|our)]'],
  lookupSuffixes: [],
  sentenceStarts: [
    'what', "what's", 'whats', 'why', 'when', 'where', 'which', 'who', "who's", 'whos', 'how', "how's", 'hows',
    'can', 'could', 'would', 'should', 'will', 'is', 'are', 'do', 'does', 'did', 'i', "i'm", 'im', "i'd", 'we', "let's", 'lets', 'tell', 'give',
  ],
  pronouns: ['me', 'my', 'i', "i'm", 'you', 'your', 'we', 'us', 'our'],
  people: ['someone', 'somebody', 'anyone', 'anybody', 'any one', 'people', 'folks', 'a contact', 'contacts', 'a connection', 'connections', 'there', 'here'],
  accountNouns: ['account', 'accounts', 'customer', 'customers'],
  aboutNouns: [
    'emails', 'email', 'e-mails', 'mails', 'meetings', 'engagement', 'activity', 'numbers', 'stats', 'statistics', 'score', 'scores',
    'card', 'details', 'summary', 'overview', 'data', 'profile', 'status', 'health', 'contacts',
  ],
  articles: ['the'],
  possessive: /(?:'s|(?<=s)')$/,
  aboutNounsNeedPossessive: true,
  caseEndings: null,
  weekdays: {
    Monday: ['Monday', 'mon', 'mondays'],
    Tuesday: ['Tuesday', 'tue', 'tues', 'tuesdays'],
    Wednesday: ['Wednesday', 'wed', 'weds', 'wednesdays'],
    Thursday: ['Thursday', 'thu', 'thur', 'thurs', 'thursdays'],
    Friday: ['Friday', 'fri', 'fridays'],
    Saturday: ['Saturday', 'sat', 'saturdays'],
    Sunday: ['Sunday', 'sun', 'sundays'],
  },
  schedule: {
    weekly: ['weekly', 'week'],
    daily: ['daily', 'day', 'everyday'],
    off: ['off', 'none', 'never', 'disable', 'disabled', 'stop', 'pause', 'paused'],
    fillers: ['on', 'at', 'every', 'each', '@'],
    format: { weekly: 'schedule weekly {day} {time}', daily: 'schedule daily {time}', off: 'schedule off' },
    timeSeparator: ':',
  },
  lists: {
    people: ['someone', 'somebody', 'anyone', 'anybody', 'any one', 'people', 'folks', 'a contact', 'contacts', 'a connection', 'connections'],
    at: ['at', 'in', 'from', 'inside', 'within', 'over at', 'with'],
    intro: ['introductions', 'introduction', 'intros', 'intro', 'who knows'],
    accounts: ['accounts', 'customers'],
  },
  placeholders: { account: '<account>', name: '<name>' },
  examples: { account: 'Contoso', email: 'jane@contoso.com', segmentName: 'cold', count: 10 },
};
