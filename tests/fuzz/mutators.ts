import fc from 'fast-check';

/*
 * Mutations of real inputs: bit flips, truncation, splices of hostile tokens, and, for
 * JSON, a node replaced by a value of the wrong type, a huge number, a long string, deep
 * nesting, bad base32/base64, a zero or negative count, or an unknown name.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const LONG = 100_000;
const DEEP = 20_000;

/** Placeholders for what JSON.stringify cannot write (it overflows on deep nesting). */
const RAW: Record<string, string> = {
  '"\u0001deep-array"': '['.repeat(DEEP) + ']'.repeat(DEEP),
  '"\u0001deep-object"': '{"a":'.repeat(DEEP) + '1' + '}'.repeat(DEEP),
  '"\u0001infinite"': '1e400',
  '"\u0001long-digits"': '9'.repeat(400),
  '"\u0001minus-zero"': '-0',
};
const rawToken = (name: string) => `\u0001${name}`;

/** Hostile text to splice anywhere, or to put in a field. */
export const HOSTILE_TEXT: readonly string[] = [
  '',
  'A'.repeat(LONG),
  '='.repeat(LONG) + 'x',
  '['.repeat(DEEP),
  '{"a":'.repeat(DEEP),
  '%'.repeat(1000),
  '\u0000',
  '\uD800',
  '!!!!',
  'jbsw y3dp-ehpk 3pxp==',
  'JBSWY3DPEHPK3PX',
  'JBSWY3DPEHPK3PXPA',
  '1',
  '0',
  '-1',
  '-30',
  '99',
  '4294967296',
  '9007199254740993',
  '1e400',
  'NaN',
  'MD5',
  'SHA-1',
  'sha512',
  'motp',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'steam',
  'STEAM',
  'otpauth://',
  'otpauth-migration://offline?data=',
  'AAAA',
  'AAAAA',
  '====',
  '+/+/',
  '-_-_',
  ':',
  '::::',
  '&secret=',
  '&digits=0',
  '&period=-30',
  '&counter=-5',
  '&algorithm=MD5',
  '\n',
  '\r\n',
  '"',
  '\\',
  '日本語',
];

/** Values of the wrong kind for any JSON field. */
export const HOSTILE_VALUES: readonly Json[] = [
  null,
  true,
  false,
  0,
  -1,
  -30,
  0.5,
  5,
  6,
  10,
  11,
  99,
  300,
  301,
  2 ** 31,
  2 ** 32,
  2 ** 53,
  2 ** 64,
  1e308,
  -1e308,
  [],
  {},
  [1, 2, 3],
  { type: 'totp' },
  rawToken('deep-array'),
  rawToken('deep-object'),
  rawToken('infinite'),
  rawToken('long-digits'),
  rawToken('minus-zero'),
  ...HOSTILE_TEXT,
];

/** A JSON text whose placeholders become what JSON.stringify cannot write. */
export function stringifyHostile(value: Json): string {
  let text = JSON.stringify(value);
  for (const [token, raw] of Object.entries(RAW)) {
    const escaped = JSON.stringify(token.slice(1, -1));
    if (text.includes(escaped)) text = text.split(escaped).join(raw);
  }
  return text;
}

type Path = readonly (string | number)[];

/** Every node's path, the root first (iterative: seeds are small, but be safe). */
export function jsonPaths(root: Json): Path[] {
  const paths: Path[] = [];
  const stack: { value: Json; path: Path }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    paths.push(path);
    if (Array.isArray(value)) value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
    else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) stack.push({ value: item, path: [...path, key] });
    }
  }
  return paths;
}

type JsonEdit =
  | { kind: 'replace'; value: Json }
  | { kind: 'delete' }
  | { kind: 'repeat'; times: number }
  | { kind: 'wrap' }
  | { kind: 'retype' };

function edited(node: Json, edit: JsonEdit): Json | undefined {
  switch (edit.kind) {
    case 'replace':
      return edit.value;
    case 'delete':
      return undefined;
    case 'repeat':
      return Array.isArray(node)
        ? Array.from({ length: edit.times }, (_, index) => node[index % Math.max(1, node.length)] ?? null)
        : [node];
    case 'wrap':
      return [node];
    case 'retype':
      return typeof node === 'number'
        ? String(node)
        : typeof node === 'string' && /^-?\d+$/.test(node)
          ? Number(node)
          : node === null
            ? 0
            : null;
  }
}

/** A deep copy of `root` with the node at `path` edited (deleted when the edit says so). */
export function editJson(root: Json, path: Path, edit: JsonEdit): Json {
  const copy: Json = JSON.parse(JSON.stringify(root));
  if (path.length === 0) return edited(copy, edit) ?? null;
  let parent: Json = copy;
  for (const step of path.slice(0, -1)) parent = at(parent, step);
  const last = path[path.length - 1]!;
  const next = edited(at(parent, last), edit);
  if (Array.isArray(parent) && typeof last === 'number') {
    if (next === undefined) parent.splice(last, 1);
    else parent[last] = next;
  } else if (parent !== null && typeof parent === 'object' && !Array.isArray(parent) && typeof last === 'string') {
    if (next === undefined) delete parent[last];
    else parent[last] = next;
  }
  return copy;
}

function at(value: Json, step: string | number): Json {
  if (Array.isArray(value) && typeof step === 'number') return value[step] ?? null;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && typeof step === 'string')
    return value[step] ?? null;
  return null;
}

const jsonEdit: fc.Arbitrary<JsonEdit> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...HOSTILE_VALUES).map((value): JsonEdit => ({ kind: 'replace', value })) },
  {
    weight: 2,
    arbitrary: fc
      .oneof(fc.integer(), fc.double(), fc.string({ maxLength: 40 }))
      .map((value): JsonEdit => ({ kind: 'replace', value })),
  },
  { weight: 2, arbitrary: fc.constant<JsonEdit>({ kind: 'delete' }) },
  { weight: 1, arbitrary: fc.constantFrom(2, 1000, 20_000).map((times): JsonEdit => ({ kind: 'repeat', times })) },
  { weight: 1, arbitrary: fc.constant<JsonEdit>({ kind: 'wrap' }) },
  { weight: 2, arbitrary: fc.constant<JsonEdit>({ kind: 'retype' }) },
);

/** `seed` with one to three of its nodes edited; `focus` picks the paths edited more often. */
export function jsonMutation(seed: Json, focus: (path: Path) => boolean = () => false): fc.Arbitrary<string> {
  const paths = jsonPaths(seed);
  const focused = paths.filter(focus);
  const path =
    focused.length > 0 ? fc.oneof(fc.constantFrom(...focused), fc.constantFrom(...paths)) : fc.constantFrom(...paths);
  return fc
    .array(fc.tuple(path, jsonEdit), { minLength: 1, maxLength: 3 })
    .map((edits) => stringifyHostile(edits.reduce<Json>((value, [where, edit]) => editJson(value, where, edit), seed)));
}

type TextEdit =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'splice'; at: number; length: number; text: string }
  | { kind: 'repeat'; at: number; length: number; times: number };

function applyText(text: string, edit: TextEdit): string {
  const at = text.length === 0 ? 0 : edit.at % (text.length + 1);
  switch (edit.kind) {
    case 'flip': {
      if (at >= text.length) return text;
      return text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ (1 << edit.bit)) + text.slice(at + 1);
    }
    case 'truncate':
      return text.slice(0, at);
    case 'splice':
      return text.slice(0, at) + edit.text + text.slice(at + edit.length);
    case 'repeat':
      return text.slice(0, at) + text.slice(at, at + edit.length).repeat(edit.times) + text.slice(at);
  }
}

const position = fc.nat({ max: 1 << 20 });
const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('flip' as const), at: position, bit: fc.nat({ max: 7 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: position }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('splice' as const),
      at: position,
      length: fc.nat({ max: 16 }),
      text: fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
        { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('repeat' as const),
      at: position,
      length: fc.integer({ min: 1, max: 64 }),
      times: fc.constantFrom(2, 100, 5000),
    }),
  },
);

/** `seed` with one to eight text edits. */
export function textMutation(seed: string): fc.Arbitrary<string> {
  return fc.array(textEdit, { minLength: 1, maxLength: 8 }).map((edits) => edits.reduce(applyText, seed));
}

type ByteEdit =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'set32'; at: number; value: number };

function applyBytes(bytes: Uint8Array, edit: ByteEdit): Uint8Array {
  const at = bytes.length === 0 ? 0 : edit.at % (bytes.length + 1);
  switch (edit.kind) {
    case 'flip': {
      const copy = bytes.slice();
      if (at < copy.length) copy[at] = copy[at]! ^ (1 << edit.bit);
      return copy;
    }
    case 'truncate':
      return bytes.slice(0, at);
    case 'insert': {
      const out = new Uint8Array(bytes.length + edit.bytes.length);
      out.set(bytes.subarray(0, at));
      out.set(edit.bytes, at);
      out.set(bytes.subarray(at), at + edit.bytes.length);
      return out;
    }
    case 'set32': {
      const copy = bytes.slice();
      if (at + 4 <= copy.length) new DataView(copy.buffer).setUint32(at, edit.value >>> 0);
      return copy;
    }
  }
}

/** Numbers for a 32-bit header field: the edges of every bound, and anything. */
export const HOSTILE_U32: readonly number[] = [
  0,
  1,
  999,
  1000,
  34_999,
  35_000,
  139_999,
  140_000,
  160_000,
  160_001,
  640_000,
  640_001,
  10_000_000,
  10_000_001,
  2 ** 31,
  2 ** 32 - 1,
];

const byteEdit = (headerBias: number): fc.Arbitrary<ByteEdit> =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('flip' as const),
        at: fc.oneof(fc.nat({ max: headerBias }), position),
        bit: fc.nat({ max: 7 }),
      }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: position }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('insert' as const),
        at: position,
        bytes: fc.uint8Array({ maxLength: 64 }),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('set32' as const),
        at: fc.oneof(fc.constant(0), fc.nat({ max: headerBias })),
        value: fc.oneof(fc.constantFrom(...HOSTILE_U32), fc.nat()),
      }),
    },
  );

/** `seed` with one to six byte edits, the first `headerBias` bytes hit more often. */
export function byteMutation(seed: Uint8Array, headerBias = 32): fc.Arbitrary<Uint8Array> {
  return fc.array(byteEdit(headerBias), { minLength: 1, maxLength: 6 }).map((edits) => edits.reduce(applyBytes, seed));
}

/** A mutation of any of `seeds` by `mutate`. */
export function ofSeeds<S, T>(seeds: readonly S[], mutate: (seed: S) => fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof(...seeds.map((seed) => mutate(seed)));
}
