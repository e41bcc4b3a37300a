/**
 * A WebDAV client for the person's own storage (Nextcloud, ownCloud, Synology, InfiniCLOUD,
 * Box, pCloud, Koofr, a home server): the five operations Omamori's backups need, on plain
 * `fetch`, answering typed results and never throwing.
 *
 * Plain `fetch` rather than the npm `webdav` package (5.11): its browser build is one
 * prebuilt bundle, 150 KB minified (50 KB gzipped) for `createClient` alone, measured with
 * `esbuild --bundle --minify`, against 11 KB (5 KB gzipped) for this file with its XML
 * reader, 13 KB with the destination. It also parses XML with a general parser
 * (fast-xml-parser) where we need three properties, throws on failure and follows
 * redirects, where the background needs typed reasons and no request leaving the origin it
 * holds a host permission for; and all it brings would run where the vault key lives.
 *
 * `fetch` is injected: the extension passes the platform's, tests pass one that trusts
 * their certificate. It is called detached from any object (browsers refuse a `fetch`
 * called on another `this`).
 */
import { toBase64 } from '../encoding';
import { failure, statusFailure, success, thrown, type WebDavResult } from './webdav-failures';
import { isFolderPath, memberName, resolvePath, sameFolder } from './webdav-paths';
import { parseMultistatus, type DavResource } from './webdav-xml';

export type { WebDavError, WebDavFailure, WebDavResult } from './webdav-failures';

/** Where the backups go: the person's folder URL, user name and app password. */
export interface WebDavConfig {
  readonly url: string;
  readonly user: string;
  readonly password: string;
}

/** The part of `fetch` the client uses; the platform's `fetch` is one. */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export interface WebDavClientOptions {
  readonly fetch: Fetch;
  /** Per request, answer body included. */
  readonly timeoutMs?: number;
}

/** One member of a listed folder. */
export interface WebDavEntry {
  /** The member's own name, percent-decoded. */
  readonly name: string;
  readonly isFolder: boolean;
  readonly size: number | undefined;
  readonly lastModified: number | undefined;
}

export interface WebDavClient {
  /** The folder URL, normalised to end in `/`. */
  readonly baseUrl: string;
  /** A folder (path ending in `/`; `''` is the person's folder) made when missing; its parent must exist. */
  ensureFolder(path: string): Promise<WebDavResult<'existed' | 'created'>>;
  put(path: string, text: string, contentType?: string): Promise<WebDavResult<undefined>>;
  /** The folder's members (not the folder itself), as the server names them. */
  list(path: string): Promise<WebDavResult<WebDavEntry[]>>;
  get(path: string): Promise<WebDavResult<string>>;
  remove(path: string): Promise<WebDavResult<undefined>>;
}

export const WEBDAV_TIMEOUT_MS = 30_000;
/** Answers read at most this far: a listing of a few thousand files, a backup of thousands of accounts. */
const LIST_LIMIT_BYTES = 4 * 1024 * 1024;
const GET_LIMIT_BYTES = 32 * 1024 * 1024;

const PROPFIND_BODY =
  '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/><d:getcontentlength/><d:getlastmodified/></d:prop></d:propfind>';

/**
 * The person's folder URL, checked and normalised. HTTPS only, localhost included: Basic
 * authentication sends the app password with every request, and the one server people
 * reach over plain HTTP is a NAS on a home network, where that password would cross Wi-Fi
 * readable; a loopback exception would serve nobody the issue names.
 */
export function checkWebDavUrl(url: string): WebDavResult<URL> {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return failure('invalid-config', { detail: 'url' });
  }
  if (parsed.protocol !== 'https:') return failure('insecure-url');
  // Credentials go in their own fields; a query or fragment has no meaning for a folder.
  if (parsed.username || parsed.password || parsed.search || parsed.hash || !parsed.hostname)
    return failure('invalid-config', { detail: 'url' });
  if (!parsed.pathname.endsWith('/')) parsed.pathname += '/';
  return success(parsed);
}

/**
 * The host permission the background requests for this destination. Match patterns carry no
 * port in Firefox, so this is the host over HTTPS (any port), the narrowest both browsers take.
 */
export function webDavHostPermission(url: string): WebDavResult<string> {
  const checked = checkWebDavUrl(url);
  return checked.ok ? success(`https://${checked.value.hostname}/*`) : checked;
}

export function createWebDavClient(config: WebDavConfig, options: WebDavClientOptions): WebDavClient {
  const base = checkWebDavUrl(config.url);
  const auth = authorization(config);
  const timeoutMs = options.timeoutMs ?? WEBDAV_TIMEOUT_MS;
  const fetchDetached = options.fetch;

  async function request(
    method: string,
    path: string,
    init: { headers?: Record<string, string>; body?: string },
  ): Promise<WebDavResult<Answer>> {
    if (!base.ok) return base;
    if (!auth.ok) return auth;
    const url = resolvePath(base.value, path);
    if (!url.ok) return url;
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const response = await fetchDetached(url.value.href, {
        method,
        headers: { ...init.headers, authorization: auth.value },
        body: init.body,
        // Never to another origin: that server has no host permission and should not see the
        // request. A redirect is refused as it comes (browsers hide where it points).
        redirect: 'manual',
        // The site's own cookies would sign the request in as whoever uses the browser there.
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
        signal,
      });
      if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
        await discard(response);
        return failure('redirect', { status: response.status });
      }
      return success({ response, url: url.value, signal });
    } catch (error) {
      return thrown(error, signal);
    }
  }

  type Answer = { response: Response; url: URL; signal: AbortSignal };

  /** The answer's status when it is one of `expected`; the body is not read. */
  async function status(call: WebDavResult<Answer>, expected: readonly number[]): Promise<WebDavResult<number>> {
    if (!call.ok) return call;
    await discard(call.value.response);
    return expected.includes(call.value.response.status)
      ? success(call.value.response.status)
      : statusFailure(call.value.response.status);
  }

  /** The answer's body as text, when its status is one of `expected`. */
  async function text(
    call: WebDavResult<Answer>,
    expected: readonly number[],
    limit: number,
  ): Promise<WebDavResult<string>> {
    if (!call.ok) return call;
    const { response, signal } = call.value;
    if (expected.includes(response.status)) return readText(response, limit, signal);
    await discard(response);
    return statusFailure(response.status);
  }

  async function propfind(
    path: string,
    depth: '0' | '1',
  ): Promise<WebDavResult<{ resources: DavResource[]; url: URL }>> {
    const call = await request('PROPFIND', path, {
      headers: { depth, 'content-type': 'application/xml; charset=utf-8' },
      body: PROPFIND_BODY,
    });
    if (!call.ok) return call;
    const body = await text(call, [207], LIST_LIMIT_BYTES);
    if (!body.ok) return body;
    const parsed = parseMultistatus(body.value);
    return parsed.ok
      ? success({ resources: parsed.value, url: call.value.url })
      : failure('bad-response', { status: 207, detail: parsed.detail });
  }

  async function folderExists(path: string): Promise<WebDavResult<boolean>> {
    const found = await propfind(path, '0');
    if (!found.ok) return found.reason === 'not-found' ? success(false) : found;
    const self = found.value.resources.find((resource) => sameFolder(resource.href, found.value.url));
    if (!self) return failure('bad-response', { status: 207, detail: 'folder missing from its own answer' });
    return self.isFolder ? success(true) : failure('bad-response', { status: 207, detail: 'not a folder' });
  }

  async function ensureFolder(path: string): Promise<WebDavResult<'existed' | 'created'>> {
    if (!isFolderPath(path)) return failure('invalid-config', { detail: 'folder path' });
    const exists = await folderExists(path);
    if (!exists.ok) return exists;
    if (exists.value) return success('existed');
    // A 409 here: the parent is missing, so the URL the person gave names no folder.
    const made = await status(await request('MKCOL', path, {}), [201, 405]);
    if (!made.ok) return made;
    if (made.value === 201) return success('created');
    // 405 is "already there" (made meanwhile) or "not allowed here": look again to tell.
    const again = await folderExists(path);
    if (!again.ok) return again;
    return again.value ? success('existed') : failure('bad-response', { status: 405, detail: 'MKCOL refused' });
  }

  async function list(path: string): Promise<WebDavResult<WebDavEntry[]>> {
    if (!isFolderPath(path)) return failure('invalid-config', { detail: 'folder path' });
    const found = await propfind(path, '1');
    if (!found.ok) return found;
    const { resources, url } = found.value;
    return success(
      resources.flatMap((resource) => {
        const name = memberName(resource.href, url);
        return name === undefined
          ? []
          : [{ name, isFolder: resource.isFolder, size: resource.size, lastModified: resource.lastModified }];
      }),
    );
  }

  async function put(path: string, body: string, contentType = 'application/json'): Promise<WebDavResult<undefined>> {
    const sent = await status(
      await request('PUT', path, { headers: { 'content-type': contentType }, body }),
      [200, 201, 204],
    );
    return sent.ok ? success(undefined) : sent;
  }

  async function get(path: string): Promise<WebDavResult<string>> {
    return text(await request('GET', path, {}), [200], GET_LIMIT_BYTES);
  }

  async function remove(path: string): Promise<WebDavResult<undefined>> {
    const removed = await status(await request('DELETE', path, {}), [200, 202, 204]);
    return removed.ok ? success(undefined) : removed;
  }

  return { baseUrl: base.ok ? base.value.href : config.url, ensureFolder, put, list, get, remove };
}

/** `''` is the person's folder itself; any other folder path ends in `/`. */
function authorization({ user, password }: WebDavConfig): WebDavResult<string> {
  // RFC 7617: the user id cannot hold a colon; control characters would break the header.
  // eslint-disable-next-line no-control-regex -- the control characters are what it looks for
  if (user === '' || user.includes(':') || /[\u0000-\u001f\u007f]/.test(user + password))
    return failure('invalid-config', { detail: 'user' });
  return success(`Basic ${toBase64(new TextEncoder().encode(`${user}:${password}`))}`);
}

/** At most `limit` bytes of UTF-8; more, or bytes that are not UTF-8, is a bad response. */
async function readText(response: Response, limit: number, signal: AbortSignal): Promise<WebDavResult<string>> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > limit) {
    await discard(response);
    return failure('bad-response', { status: response.status, detail: 'too large' });
  }
  const reader = response.body?.getReader();
  if (!reader) return success('');
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      length += chunk.value.byteLength;
      if (length > limit) {
        await reader.cancel().catch(() => undefined);
        return failure('bad-response', { status: response.status, detail: 'too large' });
      }
      chunks.push(chunk.value);
    }
  } catch (error) {
    return thrown(error, signal);
  }
  return decodeUtf8(chunks, length, response.status);
}

function decodeUtf8(chunks: readonly Uint8Array[], length: number, status: number): WebDavResult<string> {
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return success(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return failure('bad-response', { status, detail: 'not UTF-8' });
  }
}

/** Lets go of an answer we do not read, so the connection is not held. */
async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}
