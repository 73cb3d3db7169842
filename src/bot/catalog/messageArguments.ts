/**
 * The arguments an ICU message takes, read from its English text by the type checker, so
 * that `catalog.t(key, params)` demands exactly a message's placeholders:
 * `'Hi {name}, {count, plural, one {# day} other {# days}}'` takes `name` and `count`.
 * An argument is `{identifier}` or `{identifier, ...`; the `{# day}` bodies of plural
 * options are text, not arguments (they start with `#` or contain a space).
 */

type Trim<Text extends string> = Text extends ` ${infer Rest}` ? Trim<Rest> : Text extends `${infer Rest} ` ? Trim<Rest> : Text;

type Identifier<Name extends string> = Name extends '' ? never : Name extends `${string}${' ' | '#' | "'" | '{' | '}' | ','}${string}` ? never : Name;

/** The argument named right after an opening brace: up to the first `,` or `}`, whichever comes first. */
type ArgumentAt<Rest extends string> = Rest extends `${infer Name}}${string}`
  ? Name extends `${infer Head},${string}` ? Identifier<Trim<Head>> : Identifier<Trim<Name>>
  : Rest extends `${infer Head},${string}` ? Identifier<Trim<Head>> : never;

export type MessageArgumentNames<Text extends string> = Text extends `${string}{${infer Rest}` ? ArgumentAt<Rest> | MessageArgumentNames<Rest> : never;

/** Arguments used as `{name, plural, ...}` or `{name, selectordinal, ...}` must be numbers. */
type NumericArgumentAt<Rest extends string> = Rest extends `${infer Name},${infer Kind},${string}`
  ? Trim<Kind> extends 'plural' | 'selectordinal' ? Identifier<Trim<Name>> : never
  : never;

type NumericArgumentNames<Text extends string> = Text extends `${string}{${infer Rest}` ? NumericArgumentAt<Rest> | NumericArgumentNames<Rest> : never;

export type MessageParameters<Text extends string> = {
  [Name in MessageArgumentNames<Text>]: Name extends NumericArgumentNames<Text> ? number : string | number;
};
