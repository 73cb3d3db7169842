import { describe, expect, it } from 'vitest';
import { cleanMessageText } from '../../../src/bot/intents.js';
import {
  decodeHtmlEntities,
  straightenQuotes,
  stripTrailingPunctuation,
  stripTrailingPunctuationOutsideQuotes,
} from '../../../src/bot/intents/cleanText.js';

describe('cleanMessageText', () => {
  it.each([
    ['<at>Rapport</at> how engaged is Contoso?', 'how engaged is Contoso?'],
    ['<at id="0">Rapport</at>&nbsp;top accounts', 'top accounts'],
    ['<AT>Rapport</AT> top accounts', 'top accounts'],
    ['ask <at>Rapport</at> <at>Jane Doe</at> about Contoso', 'ask about Contoso'],
    ['who knows <a href="mailto:jane@contoso.com">jane@contoso.com</a>', 'who knows jane@contoso.com'],
    ['who knows [jane@contoso.com](mailto:jane@contoso.com)', 'who knows jane@contoso.com'],
    ['<p>segment a</p><p>and b</p>', 'segment a  and b'],
    ['line one<br/>line two', 'line one line two'],
    ['<b>bold</b> and <span style="x">span</span>', 'bold and span'],
    ['x &lt; 60 &amp;&amp; y &gt; 3', 'x < 60 && y > 3'],
    ['DaysSinceLastEmail < 60 and NoOfEmails_ToAccount > 3', 'DaysSinceLastEmail < 60 and NoOfEmails_ToAccount > 3'],
    ['&quot;Contoso&quot; &#39;s &#x41;', '"Contoso" \'s A'],
    ['&amp;lt;at&amp;gt;', '&lt;at&gt;'],
    ['&lt;at&gt;Rapport&lt;/at&gt;', '<at>Rapport</at>'],
    ['&unknown; &#0;', '&unknown; &#0;'],
    ['\u200Bzero\u200Dwidth\uFEFF', 'zerowidth'],
    ['a\u00A0b\u202Fc', 'a b c'],
    ["segment AccountName = 'A  B'", "segment AccountName = 'A  B'"],
    ['   \n  ', ''],
  ])('%j → %j', (input, expected) => {
    expect(cleanMessageText(input)).toBe(expected);
  });
});

describe('decodeHtmlEntities', () => {
  it('decodes named, decimal and hex references once', () => {
    expect(decodeHtmlEntities('&AMP;|&nbsp;|&#8217;|&#x1F44D;|&hellip;')).toBe('&| |\u2019|\uD83D\uDC4D|\u2026');
  });
});

describe('stripTrailingPunctuation', () => {
  it.each([
    ['Contoso?', 'Contoso'],
    ['Contoso?!', 'Contoso'],
    ['Contoso ? ', 'Contoso'],
    ['Contoso...', 'Contoso'],
    ['Contoso\u2026', 'Contoso'],
    ['Contoso\uFF1F', 'Contoso'],
    ['Contoso', 'Contoso'],
    ['???', ''],
  ])('%j → %j', (input, expected) => {
    expect(stripTrailingPunctuation(input)).toBe(expected);
  });
});

describe('stripTrailingPunctuationOutsideQuotes', () => {
  it.each([
    ['DaysSinceLastEmail > 60?', 'DaysSinceLastEmail > 60'],
    ["AccountName = 'Yahoo!'", "AccountName = 'Yahoo!'"],
    ["AccountName = 'Who?' ?", "AccountName = 'Who?'"],
    ["AccountName = 'Yahoo!", "AccountName = 'Yahoo!"],
    ["AccountName = 'O''Brien'.", "AccountName = 'O''Brien'"],
    ['AccountName = "Say ""hi!', 'AccountName = "Say ""hi!'],
  ])('%j → %j', (input, expected) => {
    expect(stripTrailingPunctuationOutsideQuotes(input)).toBe(expected);
  });
});

describe('straightenQuotes', () => {
  it('makes smart quotes plain when no plain quote is used', () => {
    expect(straightenQuotes('AccountName = \u201CContoso\u201D')).toBe('AccountName = "Contoso"');
    expect(straightenQuotes('AccountName = \u2018Contoso\u2019')).toBe("AccountName = 'Contoso'");
  });

  it('keeps smart quotes as text when plain quotes delimit strings', () => {
    expect(straightenQuotes("AccountName = 'O\u2019Brien'")).toBe("AccountName = 'O\u2019Brien'");
  });
});
