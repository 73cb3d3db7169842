/**
 * The phrasings of the commands that take an account or a person. Each pattern captures the
 * argument as `target`, with the case the person typed. Patterns run on the prepared command
 * text: single spaces, straight apostrophes, no trailing punctuation.
 */

const PEOPLE = String.raw`(?:someone|somebody|anyone|anybody|any one|people|folks|a contact|contacts|a connection|connections)`;
const AT = String.raw`(?:at|in|from|inside|within|over at|with)`;
const TARGET = '(?<target>.+)';

function patterns(...sources: string[]): readonly RegExp[] {
  return sources.map((source) => new RegExp(`^${source}$`, 'i'));
}

/** Words that stand for "someone" rather than an account: "who knows someone" names nobody. */
export const PEOPLE_WORDS: ReadonlySet<string> = new Set([
  'someone', 'somebody', 'anyone', 'anybody', 'any one', 'people', 'folks', 'a contact', 'contacts', 'a connection', 'connections', 'there', 'here',
]);

export const WHO_KNOWS_PATTERNS = patterns(
  String.raw`(?:who|whom) (?:knows|know|has (?:contacts?|connections?|relationships?|a contact|a connection)) (?:${PEOPLE} )?(?:${AT} )?${TARGET}`,
  String.raw`(?:does |do )?(?:anyone|anybody|someone|somebody|any one)(?: here)? (?:knows?|have contacts|has contacts) (?:${PEOPLE} )?(?:${AT} )?${TARGET}`,
  String.raw`do (?:we|you|i) know ${PEOPLE} ${AT} ${TARGET}`,
  String.raw`who do (?:we|i) know ${AT} ${TARGET}`,
  String.raw`(?:who can )?introduce me to (?:${PEOPLE} ${AT} )?${TARGET}`,
);

export const RELATIONSHIP_PATTERNS = patterns(
  String.raw`(?:our |the )?relationships?(?: (?:health|status|score|check))? (?:(?:with|for|of|at|to) )?${TARGET}`,
  String.raw`health(?: (?:check|score|status))? (?:(?:of|for|with|at) )?(?:(?:our|the) relationship (?:with|to) )?${TARGET}`,
  String.raw`how (?:healthy|strong|good) is (?:(?:our|the) relationship (?:with|to) )?${TARGET}`,
  String.raw`how(?: is|'s|s) (?:our|the) relationship (?:with|to) ${TARGET}`,
  String.raw`what(?:'s|s| is) (?:our|the) relationship(?: health)? (?:with|to|for) ${TARGET}`,
  String.raw`(?<target>.+?) relationship(?: health)?`,
);

export const ENGAGEMENT_PATTERNS = patterns(
  String.raw`how engaged (?:is|are) (?:we (?:with|at|by) )?${TARGET}`,
  String.raw`how (?:are|is) (?:we|things|it) (?:doing |going )?(?:with|at|on) ${TARGET}`,
  String.raw`how(?: is|'s|s| are) (?<target>.+?) doing`,
  String.raw`is (?<target>.+?) (?:engaged|active)`,
  String.raw`engagement(?: (?:score|level|status|summary|report|card))? (?:(?:of|for|with|at|on) )?${TARGET}`,
  String.raw`what(?:'s|s| is) (?:the |our )?engagement(?: (?:score|level))? (?:of|for|with|at|on) ${TARGET}`,
  String.raw`(?:what(?:'s|s| is) up with|status (?:of|for)|summary (?:of|for)|account|customer) ${TARGET}`,
  String.raw`(?<target>.+?) engagement(?: (?:score|level|status))?`,
);

export const WATCH_PATTERNS = patterns(String.raw`(?:watch|follow|start watching|keep an eye on|alert me about) (?:the account )?${TARGET}`);

export const UNWATCH_PATTERNS = patterns(String.raw`(?:unwatch|unfollow|stop (?:watching|following)|stop alerts (?:for|about)) (?:the account )?${TARGET}`);

/**
 * Words that introduce another request: "show stale accounts", "tell me about Contoso".
 * What follows is parsed again; if it is no command it is an account to look up.
 */
export const LOOKUP_PREFIX = /^(?:show|display|view|list|open|find|check|get|look ?up|pull up|tell me about|what about|how about)(?: me)?(?: (?:the|my|our))? /i;

/** A message that is only the start of a command, answered with an example of the whole. */
export const INCOMPLETE_COMMANDS: ReadonlyMap<string, string> = new Map([
  ...['how engaged is', 'how engaged are we with', 'engagement'].map((lead): [string, string] => [lead, 'how engaged is <account>']),
  ...['who knows', 'who knows someone at', 'does anyone know', 'anyone know', 'introduce me to'].map((lead): [string, string] => [lead, 'who knows someone at <account>']),
  ...['relationship', 'relationship with', 'health', 'health of'].map((lead): [string, string] => [lead, 'relationship with <account>']),
  ...['watch', 'follow', 'start watching'].map((lead): [string, string] => [lead, 'watch <account>']),
  ...['unwatch', 'unfollow', 'stop watching'].map((lead): [string, string] => [lead, 'unwatch <account>']),
  ['run', 'run now'],
]);

/** Starts of a sentence that is a question or request, not an account name. */
export const SENTENCE_STARTS: ReadonlySet<string> = new Set([
  'what', "what's", 'whats', 'why', 'when', 'where', 'which', 'who', "who's", 'whos', 'how', "how's", 'hows',
  'can', 'could', 'would', 'should', 'will', 'is', 'are', 'do', 'does', 'did', 'i', "i'm", 'im', "i'd", 'we', "let's", 'lets', 'tell', 'give',
]);

/** Words that make a message about the people talking, not about an account. */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['me', 'my', 'i', "i'm", 'you', 'your', 'we', 'us', 'our']);

/** A message longer than this many words is a sentence, not an account name. */
export const MAXIMUM_NAME_WORDS = 8;
