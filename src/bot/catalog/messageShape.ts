/**
 * What an ICU message asks of its caller and of its translators: the arguments it takes,
 * which of them are plain (`{name}`, formatted by the catalog) and the plural categories each
 * plural argument offers. Read from the parsed message, so that checks need no regex.
 */
import {
  isArgumentElement, isDateElement, isNumberElement, isPluralElement, isSelectElement, isTagElement, isTimeElement,
  parse, type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';

export interface MessageShape {
  /** Every argument, in any position. */
  arguments: ReadonlySet<string>;
  /** Arguments that appear only plainly (`{days}`): the catalog formats their numbers. */
  plainArguments: ReadonlySet<string>;
  /** For each plural argument, the categories its options name (`one`, `other`, `=0`, ...). */
  pluralOptions: ReadonlyMap<string, readonly string[]>;
}

/** Throws the parser's error (with its position) for a message that is not valid ICU. */
export function parseMessage(text: string): MessageFormatElement[] {
  return parse(text, { ignoreTag: true });
}

export function messageShape(elements: readonly MessageFormatElement[]): MessageShape {
  const all = new Set<string>();
  const formatted = new Set<string>();
  const pluralOptions = new Map<string, string[]>();
  const visit = (list: readonly MessageFormatElement[]) => {
    for (const element of list) {
      if (isArgumentElement(element)) all.add(element.value);
      else if (isNumberElement(element) || isDateElement(element) || isTimeElement(element)) {
        all.add(element.value);
        formatted.add(element.value);
      } else if (isPluralElement(element) || isSelectElement(element)) {
        all.add(element.value);
        formatted.add(element.value);
        if (isPluralElement(element)) pluralOptions.set(element.value, [...(pluralOptions.get(element.value) ?? []), ...Object.keys(element.options)]);
        for (const option of Object.values(element.options)) visit(option.value);
      } else if (isTagElement(element)) visit(element.children);
    }
  };
  visit(elements);
  return { arguments: all, plainArguments: new Set([...all].filter((name) => !formatted.has(name))), pluralOptions };
}
