import { describe, expect, it } from 'vitest';
import type { EngagementRow } from '../../src/engagement/columns.js';
import {
  DEFAULT_STALE_DAYS,
  SegmentSyntaxError,
  compileSegment,
  filterSegment,
  isStale,
} from '../../src/engagement/segments.js';

function row(overrides: Partial<EngagementRow> = {}): EngagementRow {
  return {
    AccountId: 'acc-1',
    AccountName: 'Contoso',
    EngagementScore: 50,
    NoOfEmails_ToAccount: 3,
    NoOfEmails_FromAccount: 2,
    NoOfMeetings_FromAccount: 1,
    NoOfMeetings_ToAccount: 1,
    NoOfContactsInvolved_Meetings: 2,
    NoOfContactsInvolved_Emails: 3,
    NoOfAccountContactsInvolved_Meetings: 1,
    NoOfAccountContactsInvolved_Emails: 2,
    EngagementStartDate: '2024-03-15',
    DaysSinceLastEmail: 10,
    DaysSinceLastMeeting: 20,
    AverageDuration_Of_Meetings: 30.5,
    AverageDuration_Of_AccountEmailReplies: 4.2,
    AggregationStartDate: '2024-01-01',
    AggregationLevel: 'Year',
    ...overrides,
  };
}

const matches = (expression: string, overrides: Partial<EngagementRow> = {}): boolean =>
  compileSegment(expression).matches(row(overrides));

function errorOf(expression: string): SegmentSyntaxError {
  try {
    compileSegment(expression);
  } catch (error) {
    if (error instanceof SegmentSyntaxError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(expression)} to be rejected`);
}

/** The full message a seller sees: reason with position, the expression, a caret under the mistake. */
const message = (reason: string, expression: string, position: number): string =>
  `${reason} at position ${position}:\n  ${expression}\n  ${' '.repeat(position)}^`;

function expectError(expression: string, reason: string, position: number): void {
  const error = errorOf(expression);
  expect(error.position).toBe(position);
  expect(error.reason).toBe(reason);
  expect(error.message).toBe(message(reason, expression, position));
}

describe('compileSegment: logic', () => {
  // a: EngagementScore > 90, b: NoOfEmails_ToAccount > 5, c: NoOfMeetings_ToAccount > 5
  const a = (on: boolean) => ({ EngagementScore: on ? 95 : 10 });
  const b = (on: boolean) => ({ NoOfEmails_ToAccount: on ? 9 : 1 });
  const c = (on: boolean) => ({ NoOfMeetings_ToAccount: on ? 9 : 1 });

  it('binds and tighter than or: a or b and c', () => {
    const expression = 'EngagementScore > 90 or NoOfEmails_ToAccount > 5 and NoOfMeetings_ToAccount > 5';
    expect(matches(expression, { ...a(true), ...b(false), ...c(false) })).toBe(true);
    expect(matches(expression, { ...a(false), ...b(true), ...c(false) })).toBe(false);
    expect(matches(expression, { ...a(false), ...b(true), ...c(true) })).toBe(true);
  });

  it('binds not tighter than and: not a and b', () => {
    const expression = 'not EngagementScore > 90 and NoOfEmails_ToAccount > 5';
    expect(matches(expression, { ...a(false), ...b(false) })).toBe(false);
    expect(matches(expression, { ...a(false), ...b(true) })).toBe(true);
    expect(matches(expression, { ...a(true), ...b(true) })).toBe(false);
  });

  it('lets parentheses override precedence', () => {
    const expression = '(EngagementScore > 90 or NoOfEmails_ToAccount > 5) and NoOfMeetings_ToAccount > 5';
    expect(matches(expression, { ...a(true), ...b(false), ...c(false) })).toBe(false);
    expect(matches(expression, { ...a(true), ...b(false), ...c(true) })).toBe(true);
    expect(matches('not (EngagementScore > 90 and NoOfEmails_ToAccount > 5)', { ...a(false), ...b(false) })).toBe(true);
    expect(matches('((EngagementScore > 90))', a(true))).toBe(true);
  });

  it('allows not to repeat', () => {
    expect(matches('not not EngagementScore > 90', a(true))).toBe(true);
    expect(matches('not not not EngagementScore > 90', a(true))).toBe(false);
  });

  it('groups chains from the left and mixes freely', () => {
    const expression = 'EngagementScore > 90 or NoOfEmails_ToAccount > 5 or NoOfMeetings_ToAccount > 5';
    expect(matches(expression, { ...a(false), ...b(false), ...c(true) })).toBe(true);
    expect(matches(expression, { ...a(false), ...b(false), ...c(false) })).toBe(false);
  });
});

describe('compileSegment: comparisons', () => {
  it.each([
    ['<', [false, false, true]],
    ['<=', [false, true, true]],
    ['=', [false, true, false]],
    ['!=', [true, false, true]],
    ['>=', [true, true, false]],
    ['>', [true, false, false]],
  ] as const)('compares integers with %s', (operator, [below, equal, above]) => {
    expect(matches(`DaysSinceLastEmail ${operator} 59`, { DaysSinceLastEmail: 60 })).toBe(below);
    expect(matches(`DaysSinceLastEmail ${operator} 60`, { DaysSinceLastEmail: 60 })).toBe(equal);
    expect(matches(`DaysSinceLastEmail ${operator} 61`, { DaysSinceLastEmail: 60 })).toBe(above);
  });

  it('compares decimals, negative numbers, and decimal literals on integer columns', () => {
    expect(matches('AverageDuration_Of_Meetings = 30.5')).toBe(true);
    expect(matches('AverageDuration_Of_Meetings > 30.4 and AverageDuration_Of_Meetings < 30.6')).toBe(true);
    expect(matches('AverageDuration_Of_AccountEmailReplies <= 4.2')).toBe(true);
    expect(matches('EngagementScore > -1', { EngagementScore: 0 })).toBe(true);
    expect(matches('EngagementScore>-1', { EngagementScore: -2 })).toBe(false);
    expect(matches('DaysSinceLastEmail > 60.5', { DaysSinceLastEmail: 61 })).toBe(true);
    expect(matches('DaysSinceLastEmail > 60.5', { DaysSinceLastEmail: 60 })).toBe(false);
  });

  it.each([
    ['<', [false, false, true]],
    ['<=', [false, true, true]],
    ['=', [false, true, false]],
    ['!=', [true, false, true]],
    ['>=', [true, true, false]],
    ['>', [true, false, false]],
  ] as const)('compares dates with %s', (operator, [below, equal, above]) => {
    const at = { EngagementStartDate: '2024-03-15' };
    expect(matches(`EngagementStartDate ${operator} '2024-03-14'`, at)).toBe(below);
    expect(matches(`EngagementStartDate ${operator} '2024-03-15'`, at)).toBe(equal);
    expect(matches(`EngagementStartDate ${operator} "2024-03-16"`, at)).toBe(above);
  });

  it('accepts 29 February only in leap years', () => {
    expect(matches("AggregationStartDate < '2024-02-29'")).toBe(true);
    expect(errorOf("AggregationStartDate < '2023-02-29'").position).toBe(23);
  });

  it('compares text case-insensitively', () => {
    expect(matches("AccountName = 'contoso'")).toBe(true);
    expect(matches('AccountName = "CONTOSO"')).toBe(true);
    expect(matches("AccountName != 'contoso'")).toBe(false);
    expect(matches("AccountName != 'Fabrikam'")).toBe(true);
    expect(matches("AccountName < 'd'")).toBe(true);
    expect(matches("AccountName > 'CONTOSA'")).toBe(true);
    expect(matches("AggregationLevel = 'year'")).toBe(true);
    expect(matches("AggregationLevel = 'Month'")).toBe(false);
    expect(matches("AccountId = 'ACC-1'")).toBe(true);
  });

  it('reads a doubled quote inside a string as one quote', () => {
    expect(matches("AccountName = 'O''Brien''s'", { AccountName: "O'Brien's" })).toBe(true);
    expect(matches(`AccountName = "O'Brien's"`, { AccountName: "O'Brien's" })).toBe(true);
    expect(matches(`AccountName = "say ""hi"""`, { AccountName: 'say "hi"' })).toBe(true);
  });

  it('matches keywords and column names case-insensitively', () => {
    const expression = 'daysSINCElastEMAIL > 5 AND Not (dayssincelastmeeting > 60) Or accountname IS NOT NULL';
    expect(matches(expression)).toBe(true);
    expect(matches('EngagementScore > 90 OR AVERAGEDURATION_OF_MEETINGS is NULL', { AverageDuration_Of_Meetings: null })).toBe(true);
  });

  it('ignores whitespace, tabs and newlines between tokens', () => {
    expect(matches('  (DaysSinceLastEmail>5)and\n\tDaysSinceLastMeeting<=20  ')).toBe(true);
  });
});

describe('compileSegment: nulls', () => {
  const noEmail = { DaysSinceLastEmail: null };

  it('makes every comparison with null false', () => {
    for (const operator of ['<', '<=', '=', '!=', '>=', '>']) {
      expect(matches(`DaysSinceLastEmail ${operator} 60`, noEmail)).toBe(false);
    }
    expect(matches("EngagementStartDate < '2030-01-01'", { EngagementStartDate: null })).toBe(false);
  });

  it('uses two-valued logic: not of a null comparison is true', () => {
    expect(matches('not (DaysSinceLastEmail > 60)', noEmail)).toBe(true);
    expect(matches('not DaysSinceLastEmail <= 60', noEmail)).toBe(true);
  });

  it('tests null with is null and is not null', () => {
    expect(matches('DaysSinceLastEmail is null', noEmail)).toBe(true);
    expect(matches('DaysSinceLastEmail is not null', noEmail)).toBe(false);
    expect(matches('DaysSinceLastEmail is null')).toBe(false);
    expect(matches('DaysSinceLastEmail is not null')).toBe(true);
    expect(matches('AverageDuration_Of_Meetings is null', { AverageDuration_Of_Meetings: null })).toBe(true);
    expect(matches('EngagementStartDate is null', { EngagementStartDate: null })).toBe(true);
  });

  it('allows is null on a column that is never null: always false', () => {
    expect(matches('EngagementScore is null')).toBe(false);
    expect(matches('AccountName is not null')).toBe(true);
  });
});

describe('segments', () => {
  it('keeps the expression as written', () => {
    expect(compileSegment(' EngagementScore > 1 ').expression).toBe(' EngagementScore > 1 ');
  });

  it('filters any iterable, keeping order', () => {
    const rows = [row({ AccountId: 'a', EngagementScore: 80 }), row({ AccountId: 'b', EngagementScore: 20 }), row({ AccountId: 'c', EngagementScore: 90 })];
    function* generate(): Generator<EngagementRow> {
      yield* rows;
    }
    const segment = compileSegment('EngagementScore >= 50');
    expect(filterSegment(rows, segment).map((r) => r.AccountId)).toEqual(['a', 'c']);
    expect(filterSegment(generate(), segment).map((r) => r.AccountId)).toEqual(['a', 'c']);
    expect(filterSegment([], segment)).toEqual([]);
  });

  it('runs the spec-style stale filter', () => {
    const segment = compileSegment('DaysSinceLastEmail > 60 and DaysSinceLastMeeting > 60');
    expect(segment.matches(row({ DaysSinceLastEmail: 61, DaysSinceLastMeeting: 90 }))).toBe(true);
    expect(segment.matches(row({ DaysSinceLastEmail: 60, DaysSinceLastMeeting: 90 }))).toBe(false);
  });
});

describe('compileSegment: errors', () => {
  it('formats the example from the brief exactly', () => {
    expect(errorOf('DaysSinceLastEmail > and x').message).toBe(
      "Expected a value after '>' at position 21:\n  DaysSinceLastEmail > and x\n                       ^",
    );
  });

  it('is a SegmentSyntaxError carrying the expression and a 0-based position', () => {
    const error = errorOf('EngagementScore > ');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('SegmentSyntaxError');
    expect(error.expression).toBe('EngagementScore > ');
    expect(error.position).toBe(17);
  });

  it('rejects an unknown column and suggests the closest one', () => {
    expectError('DaysSinceLastEmial > 60', "Unknown column 'DaysSinceLastEmial' (did you mean DaysSinceLastEmail?)", 0);
    expectError('EngagementScore > 1 or engagmentscore < 5', "Unknown column 'engagmentscore' (did you mean EngagementScore?)", 23);
    expectError("AccountNam = 'x'", "Unknown column 'AccountNam' (did you mean AccountName?)", 0);
    expectError('DaysSinceEmail > 1', "Unknown column 'DaysSinceEmail' (did you mean DaysSinceLastEmail?)", 0);
  });

  it('does not suggest a column when none is close', () => {
    expectError('Revenue > 1', "Unknown column 'Revenue'", 0);
    expectError('x is null', "Unknown column 'x'", 0);
  });

  it('rejects an unexpected end', () => {
    expectError('DaysSinceLastEmail >', "Unexpected end of expression: expected a value after '>'", 20);
    expectError('EngagementScore > 1 and', "Unexpected end of expression: expected a column name after 'and'", 23);
    expectError('not', "Unexpected end of expression: expected a column name after 'not'", 3);
    expectError('EngagementScore', "Unexpected end of expression: expected a comparison such as '>' or 'is null' after EngagementScore", 15);
    expectError('EngagementScore is not', "Unexpected end of expression: expected 'null' after 'is not'", 22);
  });

  it('puts the end right after the last token, not after trailing spaces', () => {
    expectError('EngagementScore >   ', "Unexpected end of expression: expected a value after '>'", 17);
  });

  it('rejects unbalanced parentheses', () => {
    expectError('(EngagementScore > 1', "Unclosed '('", 0);
    expectError('((EngagementScore > 1) or (EngagementScore < 0)', "Unclosed '('", 0);
    expectError('EngagementScore > 1)', "Unmatched ')'", 19);
    expectError('(EngagementScore > 1 5)', "Expected 'and', 'or' or ')'", 21);
    expectError('()', "Expected a column name after '('", 1);
  });

  it('rejects an unterminated string at its opening quote', () => {
    expectError("AccountName = 'Contoso", 'Unterminated string starting', 14);
    expectError('AccountName = "Contoso\'', 'Unterminated string starting', 14);
  });

  it('rejects unknown operators and suggests the right one', () => {
    expectError('EngagementScore == 5', "Unknown operator '==' (did you mean '='?)", 16);
    expectError('EngagementScore <> 5', "Unknown operator '<>' (did you mean '!='?)", 16);
    expectError('EngagementScore => 5', "Unknown operator '=>' (did you mean '>='?)", 16);
    expectError('EngagementScore > 1 && EngagementScore < 5', "Unknown operator '&&' (did you mean 'and'?)", 20);
    expectError('EngagementScore >< 5', "Unknown operator '><'", 16);
  });

  it('rejects a literal of the wrong type', () => {
    expectError("DaysSinceLastEmail > '60'", 'DaysSinceLastEmail holds numbers, so compare it with a number (no quotes)', 21);
    expectError('EngagementStartDate > 20240101', "EngagementStartDate holds dates, so compare it with a quoted date like '2024-01-31'", 22);
    expectError('AccountName = 5', 'AccountName holds text, so put the value in quotes', 14);
    expectError("AggregationLevel = 'Yearly'", "AggregationLevel is 'Year', 'Month' or 'Week', not 'Yearly'", 19);
  });

  it('names the column in its canonical spelling', () => {
    expect(errorOf("daysSINCElastEMAIL > '60'").reason).toBe('DaysSinceLastEmail holds numbers, so compare it with a number (no quotes)');
  });

  it('rejects an invalid date literal', () => {
    expectError("EngagementStartDate > '2024-02-30'", "'2024-02-30' is not a valid date (write dates as 'YYYY-MM-DD')", 22);
    expectError("AggregationStartDate = '2024-13-01'", "'2024-13-01' is not a valid date (write dates as 'YYYY-MM-DD')", 23);
    expectError("AggregationStartDate = '2024-1-01'", "'2024-1-01' is not a valid date (write dates as 'YYYY-MM-DD')", 23);
    expectError("AggregationStartDate = 'last week'", "'last week' is not a valid date (write dates as 'YYYY-MM-DD')", 23);
  });

  it('rejects trailing garbage', () => {
    expectError('EngagementScore > 1 EngagementScore < 5', "Unexpected 'EngagementScore' (join conditions with 'and' or 'or')", 20);
    expectError("EngagementScore > 1 'x'", "Unexpected 'x' (join conditions with 'and' or 'or')", 20);
    expectError('EngagementScore > 1 2', "Unexpected '2' (join conditions with 'and' or 'or')", 20);
  });

  it('rejects an empty expression', () => {
    expectError('', 'Empty expression (write a condition such as DaysSinceLastEmail > 60)', 0);
    expectError('   ', 'Empty expression (write a condition such as DaysSinceLastEmail > 60)', 0);
  });

  it('rejects other malformed input where it starts', () => {
    expectError('EngagementScore > 60days', "Malformed number '60days'", 18);
    expectError('EngagementScore > 1.2.3', "Malformed number '1.2.3'", 18);
    expectError('EngagementScore > 1 # note', "Unexpected character '#'", 20);
    expectError('EngagementScore > - 1', "Unexpected character '-'", 18);
    expectError('and EngagementScore > 1', 'Expected a column name', 0);
    expectError('EngagementScore 5', "Expected a comparison such as '>' or 'is null' after EngagementScore", 16);
    expectError('EngagementScore is nul', "Expected 'null' after 'is'", 19);
    expectError('EngagementScore > AccountName', "Expected a value after '>'", 18);
  });

  it('reports the leftmost syntax mistake even when a later token is also bad', () => {
    expectError("EngagementScore > and 'unterminated", "Expected a value after '>'", 18);
  });

  it('keeps the caret aligned when the expression holds tabs or newlines', () => {
    expect(errorOf('EngagementScore >\n\t').message).toBe(
      "Unexpected end of expression: expected a value after '>' at position 17:\n  EngagementScore >  \n                   ^",
    );
  });
});

describe('isStale', () => {
  const year = (overrides: Partial<EngagementRow>) => row({ AggregationLevel: 'Year', ...overrides });

  it('defaults to 60 days', () => {
    expect(DEFAULT_STALE_DAYS).toBe(60);
  });

  it('is stale only when both are greater than the threshold', () => {
    expect(isStale(year({ DaysSinceLastEmail: 60, DaysSinceLastMeeting: 60 }))).toBe(false);
    expect(isStale(year({ DaysSinceLastEmail: 61, DaysSinceLastMeeting: 61 }))).toBe(true);
    expect(isStale(year({ DaysSinceLastEmail: 61, DaysSinceLastMeeting: 60 }))).toBe(false);
    expect(isStale(year({ DaysSinceLastEmail: 60, DaysSinceLastMeeting: 200 }))).toBe(false);
  });

  it('counts a missing value as greater', () => {
    expect(isStale(year({ DaysSinceLastEmail: null, DaysSinceLastMeeting: 61 }))).toBe(true);
    expect(isStale(year({ DaysSinceLastEmail: 61, DaysSinceLastMeeting: null }))).toBe(true);
    expect(isStale(year({ DaysSinceLastEmail: 5, DaysSinceLastMeeting: null }))).toBe(false);
    expect(isStale(year({ DaysSinceLastEmail: null, DaysSinceLastMeeting: null }))).toBe(true);
  });

  it('is never stale without counted activity in the window', () => {
    const silent = { NoOfEmails_ToAccount: 0, NoOfEmails_FromAccount: 0, NoOfMeetings_FromAccount: 0, NoOfMeetings_ToAccount: 0 };
    expect(isStale(year({ ...silent, DaysSinceLastEmail: null, DaysSinceLastMeeting: null }))).toBe(false);
  });

  it('counts any one kind of activity', () => {
    const silent = { NoOfEmails_ToAccount: 0, NoOfEmails_FromAccount: 0, NoOfMeetings_FromAccount: 0, NoOfMeetings_ToAccount: 0 };
    const old = { DaysSinceLastEmail: null, DaysSinceLastMeeting: 300 };
    expect(isStale(year({ ...silent, ...old, NoOfEmails_ToAccount: 1 }))).toBe(true);
    expect(isStale(year({ ...silent, ...old, NoOfEmails_FromAccount: 1 }))).toBe(true);
    expect(isStale(year({ ...silent, ...old, NoOfMeetings_FromAccount: 1 }))).toBe(true);
    expect(isStale(year({ ...silent, ...old, NoOfMeetings_ToAccount: 1 }))).toBe(true);
  });

  it('takes a custom threshold', () => {
    const recent = year({ DaysSinceLastEmail: 31, DaysSinceLastMeeting: 45 });
    expect(isStale(recent, 30)).toBe(true);
    expect(isStale(recent, 31)).toBe(false);
    expect(isStale(recent)).toBe(false);
  });

  it('throws on a non-Year row or a non-finite threshold', () => {
    expect(() => isStale(row({ AggregationLevel: 'Month' }))).toThrow(/Year row/);
    expect(() => isStale(row({ AggregationLevel: 'Week' }))).toThrow(/Year row/);
    expect(() => isStale(year({}), Number.NaN)).toThrow(RangeError);
  });
});
