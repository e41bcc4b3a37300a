import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Writer } from 'protobufjs/minimal';
import { expectedImportEntries, readFixture, FIXTURES } from '@/tests/support/fixture-files';
import { fromBase64, toBase64 } from '@/utils/encoding';
import { compareBackup } from '@/utils/backup/check';
import { googleMigrationExport } from '@/utils/formats/exporters/google-migration';
import { decodeMigrationUri } from '@/utils/formats/google-migration';
import { decodeImport } from '@/utils/formats/import';
import { pbkdf2, scryptKey, SYSTEM_KDFS, type ImportKdfs } from '@/utils/formats/importers/crypto';
import type { ImportFile } from '@/utils/formats/importers/importer';
import { readBackup, writeBackup } from '@/utils/backup/format';
import { deflate } from '@/utils/formats/deflate';
import type { VaultContents } from '@/utils/vault/versions';
import { accountData, type AccountData } from '@/utils/otp/account';
import { parseOtpauthUri } from '@/utils/otp/uri';
import { validateAccount } from '@/utils/otp/validate';
import { interpretQrText } from '@/utils/qr/interpret';
import { encode, importAesKey, seal, type RandomBytes } from '@/utils/vault/crypto';
import { wrapVaultKey } from '@/utils/vault/header';
import * as writers from '@/utils/formats/__tests__/fixtures/writers';
import { fuzz, type FuzzOptions, type FuzzStats, type FuzzTarget } from './harness';
import { byteMutation, HOSTILE_TEXT, jsonMutation, ofSeeds, textMutation, type Json } from './mutators';

/** A target with its input types hidden, so that all of them fit in one list. */
export interface BoundTarget {
  readonly name: string;
  fuzz(options: FuzzOptions): Promise<FuzzStats>;
}

const bind = <Input, Prepared>(target: FuzzTarget<Input, Prepared>): BoundTarget => ({
  name: target.name,
  fuzz: (options) => fuzz(target, options),
});

const direct = async <T>(input: T): Promise<T> => input;

/** Deterministic bytes for the seeds this file makes (the backup, re-encryptions). */
function seededBytes(seed: number): RandomBytes {
  let state = seed;
  return (length) =>
    Uint8Array.from({ length }, () => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state & 0xff;
    });
}

const fixtureBytes = (name: string) => new Uint8Array(readFileSync(`${FIXTURES}imports/${name}`));
const fixtureText = (name: string) => readFixture(`imports/${name}`);
const textFile = (text: string): ImportFile => ({ name: 'fuzz', text, bytes: new TextEncoder().encode(text) });
const bytesFile = (bytes: Uint8Array): ImportFile => ({ name: 'fuzz', bytes, text: new TextDecoder().decode(bytes) });
const parseSeed = (text: string): Json => JSON.parse(text);
const fixtureLines = (name: string, prefix: string) =>
  fixtureText(name)
    .split('\n')
    .filter((line) => line.startsWith(prefix));

/**
 * The real derivations, remembered by their inputs: a mutated file whose salt and costs
 * are the seed's reuses the seed's key, one with a new salt or new costs derives for real.
 * (A cost the bounds refuse never gets here: that is what the fuzz checks.)
 */
function rememberingKdfs(): ImportKdfs {
  const remembered = new Map<string, Promise<Uint8Array>>();
  const remember = (key: string, derive: () => Promise<Uint8Array>) => {
    if (remembered.size > 512) remembered.clear();
    let result = remembered.get(key);
    if (!result) remembered.set(key, (result = derive()));
    return result;
  };
  const hex = (bytes: Uint8Array) => toBase64(bytes);
  return {
    pbkdf2: (password, salt, iterations, hash, bits) =>
      remember(`p:${password}:${hex(salt)}:${iterations}:${hash}:${bits}`, () =>
        SYSTEM_KDFS.pbkdf2(password, salt, iterations, hash, bits),
      ),
    scrypt: (password, salt, n, r, p) =>
      remember(`s:${password}:${hex(salt)}:${n}:${r}:${p}`, () => SYSTEM_KDFS.scrypt(password, salt, n, r, p)),
    argon2: (password, salt, params) =>
      remember(
        `a:${typeof password === 'string' ? password : hex(password)}:${hex(salt)}:${JSON.stringify(params)}`,
        () => SYSTEM_KDFS.argon2(password, salt, params),
      ),
  };
}

const accountsOf = (decoded: Awaited<ReturnType<typeof decodeImport>>) =>
  decoded.entries.flatMap((entry) => (entry.ok ? [entry.account] : []));

/** Mostly the right password; sometimes a wrong one, or none. */
const passwordFor = (right: string) =>
  fc.oneof(
    { weight: 18, arbitrary: fc.constant<string | undefined>(right) },
    { weight: 1, arbitrary: fc.constant('wrong') },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );

/** A plain import file: JSON edits when the seed is JSON, text edits always. */
function plainImport(name: string, seeds: readonly string[]): BoundTarget {
  const json = seeds.flatMap((seed) => {
    try {
      return [parseSeed(seed)];
    } catch {
      return [];
    }
  });
  // Edits inside the entries (two levels down) more often than of the file's frame.
  const entries = (path: readonly (string | number)[]) => path.length >= 2;
  const mutations =
    json.length > 0
      ? fc.oneof(
          { weight: 3, arbitrary: ofSeeds(json, (seed) => jsonMutation(seed, entries)) },
          { weight: 2, arbitrary: ofSeeds(seeds, textMutation) },
        )
      : ofSeeds(seeds, textMutation);
  const kdfs = rememberingKdfs();
  return bind({
    name,
    inputs: mutations,
    prepare: direct,
    run: async (text: string) => accountsOf(await decodeImport(textFile(text), undefined, kdfs)),
  });
}

/** One line of a list file replaced by a mutated URI; or the file's text edited. */
function lineList(name: string, seed: string, uriSeeds: readonly string[]): BoundTarget {
  const lines = seed.split('\n');
  const lineEdit = fc
    .tuple(fc.nat({ max: lines.length - 1 }), ofSeeds(uriSeeds, uriMutation))
    .map(([index, line]) => lines.map((old, at) => (at === index ? line : old)).join('\n'));
  const inputs = fc.oneof({ weight: 3, arbitrary: lineEdit }, { weight: 2, arbitrary: textMutation(seed) });
  return bind({
    name,
    inputs,
    prepare: direct,
    run: async (text: string) => accountsOf(await decodeImport(textFile(text))),
  });
}

/** encodeURIComponent, or the raw text when it has a lone surrogate (which it refuses). */
function uriComponent(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value;
  }
}

const URI_PARAMS = ['secret', 'digits', 'period', 'counter', 'algorithm', 'issuer', 'encoder', 'codeDisplay'] as const;

/** A URI with one part hostile: a parameter, the type, the label; or its text edited. */
export function uriMutation(seed: string): fc.Arbitrary<string> {
  const hostile = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
    { weight: 1, arbitrary: fc.integer().map(String) },
  );
  const param = fc.tuple(fc.constantFrom(...URI_PARAMS), hostile).map(([key, value]) => {
    const [head = '', query = ''] = seed.split('?');
    const params = new URLSearchParams(query);
    params.set(key, value);
    return `${head}?${params}`;
  });
  const type = fc
    .constantFrom('motp', 'constructor', '__proto__', 'HOTP', 'Steam', '', 'totp')
    .map((host) => seed.replace(/^([a-z-]+):\/\/[^/?]*/i, (_all, scheme: string) => `${scheme}://${host}`));
  const label = hostile.map((value) =>
    seed.replace(/^([a-z-]+:\/\/[^/?]*\/)[^?]*/i, (_all, head: string) => head + uriComponent(value)),
  );
  return fc.oneof(
    { weight: 4, arbitrary: param },
    { weight: 1, arbitrary: type },
    { weight: 1, arbitrary: label },
    { weight: 2, arbitrary: textMutation(seed) },
  );
}

const PLAIN_URIS = [
  ...fixtureLines('plain.txt', 'otpauth://'),
  ...fixtureLines('ente_auth.txt', 'otpauth://'),
  'steam://JRZCL47CMXVOQMNPZR2F7J4RGI',
];

// --- Google migration payloads ---------------------------------------------------------

const migrationData = (uri: string) => fromBase64(decodeURIComponent(uri.split('data=')[1] ?? ''));
const migrationUri = (payload: Uint8Array) =>
  `otpauth-migration://offline?data=${encodeURIComponent(toBase64(payload))}`;

function migrationSeeds(): string[] {
  const vectors = expectedImportEntries().map((vector) => accountData(vector));
  const exported = googleMigrationExport(vectors, seededBytes(7)).uris;
  return [...fixtureLines('google_migration.txt', 'otpauth-migration://'), ...exported];
}

/** A payload written field by field with any values: unknown enums, odd secrets, int64 extremes. */
const generatedPayload: fc.Arbitrary<string> = fc
  .array(
    fc.record({
      secret: fc.uint8Array({ maxLength: 300 }),
      name: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('x'.repeat(300), 'Issuer:label')),
      issuer: fc.string({ maxLength: 20 }),
      algorithm: fc.integer({ min: -2, max: 6 }),
      digits: fc.integer({ min: -2, max: 4 }),
      type: fc.integer({ min: -2, max: 4 }),
      counter: fc.oneof(fc.integer(), fc.constantFrom(-1, 2 ** 53, Number.MAX_SAFE_INTEGER)),
    }),
    { maxLength: 12 },
  )
  .chain((parameters) =>
    fc.tuple(fc.constant(parameters), fc.integer({ min: -3, max: 12 }), fc.integer({ min: -3, max: 12 })),
  )
  .map(([parameters, size, index]) => {
    const writer = Writer.create();
    for (const p of parameters) {
      writer.uint32(10).fork();
      writer.uint32(10).bytes(p.secret).uint32(18).string(p.name).uint32(26).string(p.issuer);
      writer
        .uint32(32)
        .int32(p.algorithm)
        .uint32(40)
        .int32(p.digits)
        .uint32(48)
        .int32(p.type)
        .uint32(56)
        .int64(p.counter);
      writer.ldelim();
    }
    return migrationUri(writer.uint32(16).int32(1).uint32(24).int32(size).uint32(32).int32(index).finish());
  });

/** Migration URIs: protobuf bytes edited, payloads written from any values, or the text edited. */
function migrationInputs(seeds: readonly string[]): fc.Arbitrary<string> {
  const byteEdited = ofSeeds(seeds, (seed) => byteMutation(migrationData(seed), 8).map(migrationUri));
  return fc.oneof(
    { weight: 3, arbitrary: byteEdited },
    { weight: 2, arbitrary: generatedPayload },
    { weight: 2, arbitrary: ofSeeds(seeds, textMutation) },
  );
}

// --- Encrypted imports: envelope edits, whole-file edits, and re-encrypted plaintext edits --

interface Recipe {
  /** The file text (or bytes, for andOTP) as mutated, or a mutated plaintext to re-encrypt. */
  readonly kind: 'file' | 'inner';
  readonly text: string;
  readonly password: string | undefined;
}

const recipes = (file: fc.Arbitrary<string>, inner: fc.Arbitrary<string>, password: string) =>
  fc
    .record({
      kind: fc.constantFrom<Recipe['kind']>('file', 'file', 'file', 'inner'),
      fileText: file,
      innerText: inner,
      password: passwordFor(password),
    })
    .map(({ kind, fileText, innerText, password }): Recipe => ({
      kind,
      text: kind === 'file' ? fileText : innerText,
      password,
    }));

async function gcmEncrypt(key: Uint8Array, nonce: Uint8Array, plain: Uint8Array): Promise<Uint8Array> {
  const cryptoKey = await crypto.subtle.importKey('raw', key as BufferSource, 'AES-GCM', false, ['encrypt']);
  return new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce as BufferSource }, cryptoKey, plain as BufferSource),
  );
}

async function gcmDecrypt(key: Uint8Array, nonce: Uint8Array, sealed: Uint8Array): Promise<Uint8Array> {
  const cryptoKey = await crypto.subtle.importKey('raw', key as BufferSource, 'AES-GCM', false, ['decrypt']);
  return new Uint8Array(
    await crypto.subtle.decrypt({ name: 'AES-GCM', iv: nonce as BufferSource }, cryptoKey, sealed as BufferSource),
  );
}

const hexOf = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
const bytesOfHex = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (byte) => parseInt(byte, 16));
const innerMutation = (plain: string) =>
  fc.oneof({ weight: 3, arbitrary: jsonMutation(parseSeed(plain)) }, { weight: 1, arbitrary: textMutation(plain) });

interface AegisFile {
  header: {
    slots: { key: string; key_params: { nonce: string; tag: string }; n: number; r: number; p: number; salt: string }[];
    params: { nonce: string; tag: string };
  };
  db: string;
}

async function aegisEncrypted(): Promise<BoundTarget> {
  const seed = fixtureText('aegis_encrypted.json');
  const file: AegisFile = JSON.parse(seed);
  const slot = file.header.slots[0]!;
  const slotKey = await scryptKey('test', bytesOfHex(slot.salt), slot.n, slot.r, slot.p);
  const masterKey = await gcmDecrypt(
    slotKey,
    bytesOfHex(slot.key_params.nonce),
    bytesOfHex(slot.key + slot.key_params.tag),
  );
  const nonce = bytesOfHex(file.header.params.nonce);
  const plain = new TextDecoder().decode(
    await gcmDecrypt(masterKey, nonce, new Uint8Array([...fromBase64(file.db), ...bytesOfHex(file.header.params.tag)])),
  );
  const kdfs = rememberingKdfs();
  const envelope = (path: readonly (string | number)[]) => path[0] === 'header';
  const fileEdits = fc.oneof(
    { weight: 3, arbitrary: jsonMutation(parseSeed(seed), envelope) },
    { weight: 1, arbitrary: textMutation(seed) },
  );
  return bind({
    name: 'Aegis (encrypted)',
    inputs: recipes(fileEdits, innerMutation(plain), 'test'),
    prepare: async (recipe: Recipe) => {
      if (recipe.kind === 'file') return { file: textFile(recipe.text), password: recipe.password };
      const sealed = await gcmEncrypt(masterKey, nonce, new TextEncoder().encode(recipe.text));
      const params = { nonce: hexOf(nonce), tag: hexOf(sealed.slice(-16)) };
      const text = JSON.stringify({ ...file, header: { ...file.header, params }, db: toBase64(sealed.slice(0, -16)) });
      return { file: textFile(text), password: recipe.password };
    },
    run: async ({ file, password }) => accountsOf(await decodeImport(file, password, kdfs)),
  });
}

async function twofasEncrypted(): Promise<BoundTarget> {
  const seed = fixtureText('2fas_authenticator_encrypted_v4.2fas');
  const file: { servicesEncrypted: string } = JSON.parse(seed);
  const [data = '', salt = '', iv = ''] = file.servicesEncrypted.split(':');
  const key = await pbkdf2('test', fromBase64(salt), 10_000, 'SHA-256');
  const plain = new TextDecoder().decode(await gcmDecrypt(key, fromBase64(iv), fromBase64(data)));
  const kdfs = rememberingKdfs();
  const envelope = (path: readonly (string | number)[]) => path[0] === 'servicesEncrypted' || path[0] === 'reference';
  const fileEdits = fc.oneof(
    { weight: 3, arbitrary: jsonMutation(parseSeed(seed), envelope) },
    { weight: 1, arbitrary: textMutation(seed) },
  );
  return bind({
    name: '2FAS (encrypted)',
    inputs: recipes(fileEdits, innerMutation(plain), 'test'),
    prepare: async (recipe: Recipe) => {
      if (recipe.kind === 'file') return { file: textFile(recipe.text), password: recipe.password };
      const sealed = await gcmEncrypt(key, fromBase64(iv), new TextEncoder().encode(recipe.text));
      return {
        file: textFile(JSON.stringify({ ...file, servicesEncrypted: [toBase64(sealed), salt, iv].join(':') })),
        password: recipe.password,
      };
    },
    run: async ({ file, password }) => accountsOf(await decodeImport(file, password, kdfs)),
  });
}

async function andotpEncrypted(): Promise<BoundTarget> {
  const seed = fixtureBytes('andotp_encrypted.bin');
  const iterations = new DataView(seed.buffer, seed.byteOffset).getUint32(0);
  const salt = seed.slice(4, 16);
  const nonce = seed.slice(16, 28);
  const key = await pbkdf2('test', salt, iterations, 'SHA-1');
  const plain = new TextDecoder().decode(await gcmDecrypt(key, nonce, seed.slice(28)));
  const kdfs = rememberingKdfs();
  const inputs = fc.record({
    kind: fc.constantFrom<Recipe['kind']>('file', 'file', 'file', 'inner'),
    bytes: byteMutation(seed, 28),
    inner: innerMutation(plain),
    password: passwordFor('test'),
  });
  return bind({
    name: 'andOTP (encrypted)',
    inputs,
    prepare: async ({ kind, bytes, inner, password }) => {
      if (kind === 'file') return { file: bytesFile(bytes), password };
      const sealed = await gcmEncrypt(key, nonce, new TextEncoder().encode(inner));
      return { file: bytesFile(new Uint8Array([...seed.slice(0, 28), ...sealed])), password };
    },
    run: async ({ file, password }) => accountsOf(await decodeImport(file, password, kdfs)),
  });
}

// --- Issue 14's formats: envelopes edited byte by byte or field by field --------------------

/** A binary or text export edited byte by byte (more often in its first `header` bytes), with its password mostly. */
function bytesImport(name: string, seed: Uint8Array, password: string | undefined, header = 0): BoundTarget {
  const kdfs = rememberingKdfs();
  const passwords: fc.Arbitrary<string | undefined> =
    password === undefined ? fc.constant(undefined) : passwordFor(password);
  const inputs = fc.record({ bytes: byteMutation(seed, header), password: passwords });
  return bind({
    name,
    inputs,
    prepare: direct,
    run: async (input: { bytes: Uint8Array; password: string | undefined }) =>
      accountsOf(await decodeImport(bytesFile(input.bytes), input.password, kdfs)),
  });
}

/** An encrypted JSON export: its envelope's fields edited, or its text, with its password mostly. */
function jsonEnvelope(name: string, seed: string, password: string): BoundTarget {
  const kdfs = rememberingKdfs();
  const edits = fc.oneof(
    { weight: 3, arbitrary: jsonMutation(parseSeed(seed)) },
    { weight: 1, arbitrary: textMutation(seed) },
  );
  const inputs = fc.record({ text: edits, password: passwordFor(password) });
  return bind({
    name,
    inputs,
    prepare: direct,
    run: async (input: { text: string; password: string | undefined }) =>
      accountsOf(await decodeImport(textFile(input.text), input.password, kdfs)),
  });
}

async function issue14Targets(): Promise<BoundTarget[]> {
  const vectors = expectedImportEntries();
  const nonSteam = vectors.filter((vector) => vector.type !== 'steam');
  const steam = vectors.find((vector) => vector.type === 'steam')!;
  const sqlite = (schema: string) =>
    new Uint8Array([
      ...new TextEncoder().encode('SQLite format 3\u0000'),
      ...new Uint8Array(84),
      ...new TextEncoder().encode(schema),
    ]);
  return [
    plainImport('Bitwarden CSV', [writers.bitwardenCsv(vectors)]),
    plainImport('Proton Authenticator', [writers.protonAuthenticator(nonSteam)]),
    plainImport('Proton Pass (JSON)', [JSON.stringify(writers.protonPass(nonSteam))]),
    bytesImport(
      'Proton Pass (zip)',
      await writers.zip({
        'Proton Pass/data.json': new TextEncoder().encode(JSON.stringify(writers.protonPass(nonSteam))),
      }),
      undefined,
      4,
    ),
    plainImport('FreeOTP+', [writers.freeotpPlus(vectors)]),
    plainImport('Stratum (plain)', [fixtureText('stratum_plain.json')]),
    plainImport('Steam .maFile', [writers.maFile(steam), writers.steamOld(steam)]),
    bytesImport('FreeOTP 2 (encrypted)', fixtureBytes('freeotp_v2_api34.xml'), 'test', 4),
    bytesImport('Stratum (encrypted)', fixtureBytes('stratum_encrypted.bin'), 'test', 16),
    bytesImport('Stratum (legacy)', await writers.stratumLegacy(vectors, 'test'), 'test', 16),
    plainImport('TOTP Authenticator (built-in password)', [await totpAuthenticatorSeed()]),
    bytesImport('TOTP Authenticator (encrypted)', fixtureBytes('totp_authenticator.bin'), 'Testtest1'),
    bytesImport('andOTP (old format)', fixtureBytes('andotp_encrypted_old.bin'), 'test'),
    jsonEnvelope(
      'Bitwarden (password-protected)',
      await writers.bitwardenProtected(writers.bitwardenPlain(vectors), 'test', { type: 0, iterations: 5_000 }),
      'test',
    ),
    jsonEnvelope(
      'Ente (encrypted)',
      await writers.enteEncrypted(fixtureText('ente_auth.txt'), 'test', { memLimit: 64 * 1024, opsLimit: 1 }),
      'test',
    ),
    jsonEnvelope('Authenticator extension (v3)', await writers.authenticatorExtensionV3(vectors, 'test'), 'test'),
    bytesImport('KeePassXC KDBX 4', await writers.keepassDatabase(vectors, 'test'), 'test', 12),
    bytesImport(
      'Other apps’ databases',
      sqlite(
        'CREATE TABLE accounts (_id INTEGER PRIMARY KEY, email TEXT, secret TEXT, issuer TEXT, original_name TEXT)',
      ),
      undefined,
      0,
    ),
  ];
}

/** TOTP Authenticator's file under its built-in password (what it writes when the person set none). */
async function totpAuthenticatorSeed(): Promise<string> {
  const list = JSON.stringify(
    expectedImportEntries()
      .filter((vector) => vector.type === 'totp')
      .map((vector) => ({ name: vector.label, issuer: vector.issuer, key: vector.secret, base: 32 })),
  );
  const key = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode('TotpAuthenticator')));
  const cryptoKey = await crypto.subtle.importKey('raw', key, 'AES-CBC', false, ['encrypt']);
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-CBC', iv: new Uint8Array(16) },
      cryptoKey,
      new TextEncoder().encode(JSON.stringify({ [list]: 1 })),
    ),
  );
  return toBase64(sealed);
}

// --- Omamori backup: restore and check -------------------------------------------------

const BACKUP_PASSWORD = 'fuzz backup password';
/** Argon2id's least (8 KiB a lane), so that each input's real derivation is quick. */
const TINY_COST = { algorithm: 'argon2id', memoryKiB: 64, iterations: 1, parallelism: 1 } as const;
const BACKUP_CONTEXT = 'omamori/backup/v2';

function seedAccounts(): AccountData[] {
  const vectors = expectedImportEntries().map((vector) => accountData(vector));
  const first = vectors[0]!;
  return [
    ...vectors,
    accountData({
      ...first,
      secret: 'JBSWY3DPEHPK3PXP',
      domains: ['bitflyer.com'],
      notes: 'メモ',
      recoveryCodes: ['1234-5678'],
      preferredOn: ['bitflyer.com'],
    }),
  ];
}

/** The seed accounts as a vault's contents: ids, times and revisions, one in the trash, one deletion. */
function seedContents(): VaultContents {
  const [first, ...rest] = seedAccounts().map((account, index) => ({
    ...account,
    id: `seed-${index}`,
    createdAt: 1_795_000_000_000,
    updatedAt: 1_795_000_000_000 + index,
    rev: index + 1,
  }));
  return {
    vaultId: '0123456789abcdef0123456789abcdef',
    revision: 7,
    accounts: rest,
    trash: [{ ...first!, deletedAt: 1_795_000_100_000 }],
    tombstones: [{ id: 'gone', rev: 3, deletedAt: 1_795_000_200_000 }],
  };
}

async function omamoriBackup(codeTime: number): Promise<BoundTarget> {
  const randomBytes = seededBytes(11);
  const vaultKey = randomBytes(32);
  const contents = seedContents();
  const accounts = contents.accounts.map(({ id: _i, createdAt: _c, updatedAt: _u, rev: _r, ...data }) => data);
  const envelope = await wrapVaultKey(vaultKey, BACKUP_PASSWORD, TINY_COST, randomBytes);
  const seed = JSON.stringify(await writeBackup(envelope, vaultKey, contents, new Date(0), randomBytes));
  const key = await importAesKey(vaultKey);
  const fileEdits = fc.oneof(
    { weight: 3, arbitrary: jsonMutation(parseSeed(seed), (path) => path[0] !== 'contents') },
    { weight: 1, arbitrary: textMutation(seed) },
  );
  return bind({
    name: 'Omamori backup (restore + check)',
    inputs: recipes(fileEdits, innerMutation(JSON.stringify({ ...contents, createdAt: 0 })), BACKUP_PASSWORD),
    prepare: async (recipe: Recipe) => {
      if (recipe.kind === 'file') return { text: recipe.text, password: recipe.password ?? '' };
      // The mutated payload sealed as the writer seals it: deflated, under the vault key.
      const sealed = await seal(key, await deflate(encode(recipe.text)), BACKUP_CONTEXT, randomBytes);
      const file = JSON.parse(seed);
      const text = JSON.stringify({
        ...file,
        contents: { nonce: toBase64(sealed.nonce), ciphertext: toBase64(sealed.ciphertext) },
      });
      return { text, password: recipe.password ?? '' };
    },
    run: async ({ text, password }) => {
      const opened = await readBackup(text, password);
      compareBackup(opened.accounts, accounts, codeTime);
      return opened.accounts;
    },
  });
}

// --- Every target -------------------------------------------------------------------

function authenticatorExtensionSeed(): string {
  const entries = Object.fromEntries(
    expectedImportEntries().map((vector, index) => [
      `h${index}`,
      {
        account: vector.label,
        issuer: vector.issuer,
        secret: vector.secret,
        type: vector.type,
        algorithm: vector.algorithm,
        digits: vector.digits,
        period: vector.period,
        counter: vector.counter,
        encrypted: false,
        hash: `h${index}`,
        index,
      },
    ]),
  );
  return JSON.stringify(entries);
}

function validateAccountTarget(): BoundTarget {
  const seeds = seedAccounts().map((account): Json => ({
    ...account,
    domains: [...account.domains],
    recoveryCodes: [...account.recoveryCodes],
    preferredOn: [...account.preferredOn],
  }));
  const edited = ofSeeds(seeds, (seed) => jsonMutation(seed)).map((text): unknown => JSON.parse(text));
  const anything = fc.oneof(fc.anything(), fc.object());
  const run = async (data: unknown) => {
    const check = validateAccount(data);
    return check.ok ? [check.value] : [];
  };
  return bind({
    name: 'validateAccount',
    inputs: fc.oneof({ weight: 5, arbitrary: edited }, { weight: 1, arbitrary: anything }),
    prepare: direct,
    run,
  });
}

/** Every boundary of issue 11 in utils/formats, utils/qr and utils/otp, with its seeds. */
export async function fuzzTargets(codeTime: number): Promise<BoundTarget[]> {
  const migration = migrationSeeds();
  const qrSeeds = [...PLAIN_URIS, ...migration, 'https://bitflyer.com/ja-jp/', 'WIFI:S:home;T:WPA;P:secret;;', ''];
  return [
    plainImport('Aegis (plain)', [fixtureText('aegis_plain.json')]),
    await aegisEncrypted(),
    plainImport('2FAS (plain)', [fixtureText('2fas_authenticator_plain_v4.2fas')]),
    await twofasEncrypted(),
    plainImport('andOTP (plain)', [fixtureText('andotp_plain.json')]),
    await andotpEncrypted(),
    plainImport('Bitwarden', [fixtureText('bitwarden.json')]),
    plainImport('Authenticator extension', [authenticatorExtensionSeed()]),
    lineList('Ente', fixtureText('ente_auth.txt'), fixtureLines('ente_auth.txt', 'otpauth://')),
    lineList('otpauth:// list', fixtureText('plain.txt'), PLAIN_URIS),
    bind({
      name: 'Google migration (import file)',
      inputs: fc.array(migrationInputs(migration), { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n')),
      prepare: direct,
      run: async (text: string) => accountsOf(await decodeImport(textFile(text))),
    }),
    ...(await issue14Targets()),
    await omamoriBackup(codeTime),
    bind({
      name: 'Google migration decoder',
      inputs: migrationInputs(migration),
      prepare: direct,
      run: async (uri: string) => decodeMigrationUri(uri).accounts,
    }),
    bind({
      name: 'QR text',
      inputs: fc.oneof(ofSeeds(PLAIN_URIS, uriMutation), migrationInputs(migration), ofSeeds(qrSeeds, textMutation)),
      prepare: direct,
      run: async (text: string) => {
        const code = interpretQrText(text);
        return code.kind === 'accounts' ? code.accounts : [];
      },
    }),
    bind({
      name: 'otpauth:// parser',
      inputs: ofSeeds(PLAIN_URIS, uriMutation),
      prepare: direct,
      run: async (uri: string) => [parseOtpauthUri(uri)],
    }),
    validateAccountTarget(),
  ];
}

/**
 * The most expensive files the bounds admit, each derived for real (no remembering):
 * that they finish in time is what makes the bounds safe.
 */
export async function boundTargets(): Promise<BoundTarget[]> {
  const aegis: AegisFile = JSON.parse(fixtureText('aegis_encrypted.json'));
  aegis.header.slots[0] = { ...aegis.header.slots[0]!, n: 2 ** 17, r: 8, p: 1 };
  const andotp = fixtureBytes('andotp_encrypted.bin').slice();
  new DataView(andotp.buffer).setUint32(0, 640_000);
  const randomBytes = seededBytes(5);
  const vaultKey = randomBytes(32);
  const heavy = { algorithm: 'argon2id', memoryKiB: 256 * 1024, iterations: 3, parallelism: 1 } as const;
  const backup = JSON.stringify(
    await writeBackup(
      await wrapVaultKey(vaultKey, BACKUP_PASSWORD, heavy, randomBytes),
      vaultKey,
      seedContents(),
      new Date(0),
      randomBytes,
    ),
  );
  const once = <T>(name: string, value: T, run: (value: T) => Promise<readonly AccountData[]>) =>
    bind({ name, inputs: fc.constant(value), prepare: direct, run });
  const vectors = expectedImportEntries();
  const bitwarden = JSON.parse(
    await writers.bitwardenProtected(writers.bitwardenPlain(vectors), 'test', { type: 0, iterations: 5_000 }),
  );
  const bitwardenArgon2 = JSON.stringify({
    ...bitwarden,
    kdfType: 1,
    kdfIterations: 3,
    kdfMemory: 256,
    kdfParallelism: 1,
  });
  const bitwardenPbkdf2 = JSON.stringify({ ...bitwarden, kdfIterations: 2_000_000 });
  const freeotp = new TextDecoder('latin1')
    .decode(fixtureBytes('freeotp_v2_api34.xml'))
    .replace('"mIterations":100000', '"mIterations":400000');
  const freeotpBytes = Uint8Array.from(freeotp, (char) => char.charCodeAt(0));
  return [
    once('Bitwarden at the bound (Argon2id 256 MiB × 3)', bitwardenArgon2, async (text) =>
      accountsOf(await decodeImport(textFile(text), 'wrong')),
    ),
    once('Bitwarden at the bound (PBKDF2 2,000,000)', bitwardenPbkdf2, async (text) =>
      accountsOf(await decodeImport(textFile(text), 'wrong')),
    ),
    once('FreeOTP 2 at the bound (PBKDF2-SHA512 400,000)', freeotpBytes, async (bytes) =>
      accountsOf(await decodeImport(bytesFile(bytes), 'wrong')),
    ),
    once('Aegis at the bound (scrypt N=2^17 r=8)', JSON.stringify(aegis), async (text) =>
      accountsOf(await decodeImport(textFile(text), 'wrong')),
    ),
    once('andOTP at the bound (640,000 iterations)', andotp, async (bytes) =>
      accountsOf(await decodeImport(bytesFile(bytes), 'wrong')),
    ),
    once(
      'Omamori backup at the bound (256 MiB × 3)',
      backup,
      async (text) => (await readBackup(text, BACKUP_PASSWORD)).accounts,
    ),
  ];
}
