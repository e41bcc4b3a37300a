/**
 * A WebDAV multistatus answer (RFC 4918 §14.16), read by a small strict XML parser of our
 * own. Not `DOMParser`: the MV3 background is a service worker, which has none, and one
 * parser everywhere means the popup, the Firefox background page and the tests all read a
 * server's answer the same way, under the same bounds. The server is the person's, but its
 * answer is still input from the network: a document type (where entity expansion and
 * external entities live) is refused outright, only XML's five named entities and
 * character references are known, and size, depth and counts are bounded, so a hostile
 * answer costs linear time and ends in `bad-response`, never a hang.
 */

/** One resource of a multistatus answer, as far as Omamori needs it. */
export interface DavResource {
  /** The `href` as sent, entities decoded, percent-encoding kept. */
  readonly href: string;
  readonly isFolder: boolean;
  readonly size: number | undefined;
  /** `getlastmodified`, in ms since the epoch, when it is an RFC 1123 date. */
  readonly lastModified: number | undefined;
}

export type MultistatusResult =
  | { readonly ok: true; readonly value: DavResource[] }
  | { readonly ok: false; readonly reason: 'bad-response'; readonly detail: string };

export const MULTISTATUS_LIMITS = {
  /** A folder of a few thousand files answers well under this. */
  chars: 4 * 1024 * 1024,
  /** multistatus/response/propstat/prop/resourcetype/collection is 6 deep. */
  depth: 32,
  elements: 200_000,
  attributes: 64,
  responses: 20_000,
} as const;

const DAV = 'DAV:';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

interface XmlElement {
  readonly ns: string;
  readonly name: string;
  readonly children: XmlElement[];
  text: string;
}

class XmlRefused extends Error {}

function refuse(detail: string): never {
  throw new XmlRefused(detail);
}

export function parseMultistatus(xml: string): MultistatusResult {
  try {
    return { ok: true, value: readMultistatus(parseXml(xml)) };
  } catch (error) {
    if (error instanceof XmlRefused) return { ok: false, reason: 'bad-response', detail: error.message };
    throw error;
  }
}

// ---- The XML subset: elements, attributes, namespaces, text, CDATA, comments, PIs. ----

const NAME =
  /[A-Za-z_\u00C0-\uFFEF][\w.\-\u00B7\u00C0-\uFFEF]*(?::[A-Za-z_\u00C0-\uFFEF][\w.\-\u00B7\u00C0-\uFFEF]*)?/y;
const SPACE = /[ \t\r\n]*/y;
const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

interface Open {
  readonly element: XmlElement;
  readonly qname: string;
  readonly scope: ReadonlyMap<string, string>;
}

const ROOT_SCOPE: ReadonlyMap<string, string> = new Map([
  ['xml', XML_NS],
  ['', ''],
]);

/** The document's root element; throws XmlRefused for anything outside the subset or the bounds. */
function parseXml(input: string): XmlElement {
  if (input.length > MULTISTATUS_LIMITS.chars) refuse('too large');
  const xml = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const stack: Open[] = [];
  let root: XmlElement | undefined;
  let elements = 0;
  let at = 0;

  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const textEnd = lt === -1 ? xml.length : lt;
    if (textEnd > at) addText(stack, decodeEntities(xml.slice(at, textEnd)));
    if (lt === -1) break;
    at = lt;
    if (xml.startsWith('<?', at)) at = skipPast(xml, at + 2, '?>', 'processing instruction');
    else if (xml.startsWith('<!--', at)) at = skipPast(xml, at + 4, '-->', 'comment');
    else if (xml.startsWith('<![CDATA[', at)) {
      const end = skipPast(xml, at + 9, ']]>', 'CDATA');
      if (stack.length === 0) refuse('CDATA outside the root');
      addText(stack, xml.slice(at + 9, end - 3));
      at = end;
    } else if (xml.startsWith('<!', at)) refuse('document type or declaration');
    else if (xml.startsWith('</', at)) at = closeTag(xml, at, stack);
    else {
      if (root !== undefined && stack.length === 0) refuse('a second root element');
      if (++elements > MULTISTATUS_LIMITS.elements) refuse('too many elements');
      const opened = openTag(xml, at, stack);
      root ??= opened.element;
      at = opened.end;
    }
  }
  if (stack.length > 0) refuse('unclosed element');
  return root ?? refuse('no root element');
}

function skipPast(xml: string, from: number, terminator: string, what: string): number {
  const end = xml.indexOf(terminator, from);
  return end === -1 ? refuse(`unterminated ${what}`) : end + terminator.length;
}

function addText(stack: readonly Open[], text: string): void {
  const top = stack[stack.length - 1];
  if (top) top.element.text += text;
  else if (!/^[ \t\r\n]*$/.test(text)) refuse('text outside the root');
}

function readName(xml: string, at: number): string {
  NAME.lastIndex = at;
  const match = NAME.exec(xml);
  return match ? match[0] : refuse('bad name');
}

function skipSpace(xml: string, at: number): number {
  SPACE.lastIndex = at;
  SPACE.exec(xml);
  return SPACE.lastIndex;
}

function openTag(xml: string, start: number, stack: Open[]): { element: XmlElement; end: number } {
  const qname = readName(xml, start + 1);
  const { attributes, end, selfClosing } = readAttributes(xml, start + 1 + qname.length);
  const parent = stack[stack.length - 1];
  const scope = declareNamespaces(parent?.scope ?? ROOT_SCOPE, attributes);
  const { ns, name } = resolve(qname, scope);
  const element: XmlElement = { ns, name, children: [], text: '' };
  parent?.element.children.push(element);
  if (!selfClosing) {
    if (stack.length >= MULTISTATUS_LIMITS.depth) refuse('nested too deep');
    stack.push({ element, qname, scope });
  }
  return { element, end };
}

function readAttributes(
  xml: string,
  from: number,
): { attributes: Map<string, string>; end: number; selfClosing: boolean } {
  const attributes = new Map<string, string>();
  let at = from;
  for (;;) {
    const spaced = skipSpace(xml, at);
    if (xml.startsWith('/>', spaced)) return { attributes, end: spaced + 2, selfClosing: true };
    if (xml.startsWith('>', spaced)) return { attributes, end: spaced + 1, selfClosing: false };
    if (spaced === at) refuse('bad start tag');
    const name = readName(xml, spaced);
    at = skipSpace(xml, spaced + name.length);
    if (xml[at] !== '=') refuse('attribute without a value');
    at = skipSpace(xml, at + 1);
    const quote = xml[at];
    if (quote !== '"' && quote !== "'") refuse('unquoted attribute');
    const close = xml.indexOf(quote, at + 1);
    if (close === -1) refuse('unterminated attribute');
    const raw = xml.slice(at + 1, close);
    if (raw.includes('<')) refuse('< in an attribute');
    if (attributes.has(name)) refuse('repeated attribute');
    if (attributes.size >= MULTISTATUS_LIMITS.attributes) refuse('too many attributes');
    attributes.set(name, decodeEntities(raw));
    at = close + 1;
  }
}

function declareNamespaces(
  inherited: ReadonlyMap<string, string>,
  attributes: ReadonlyMap<string, string>,
): ReadonlyMap<string, string> {
  let scope: Map<string, string> | undefined;
  for (const [name, value] of attributes) {
    const prefix = name === 'xmlns' ? '' : name.startsWith('xmlns:') ? name.slice(6) : undefined;
    if (prefix === undefined) continue;
    if (prefix !== '' && value === '') refuse('prefix undeclared');
    scope ??= new Map(inherited);
    scope.set(prefix, value);
  }
  return scope ?? inherited;
}

function resolve(qname: string, scope: ReadonlyMap<string, string>): { ns: string; name: string } {
  const colon = qname.indexOf(':');
  const prefix = colon === -1 ? '' : qname.slice(0, colon);
  const ns = scope.get(prefix);
  if (ns === undefined) refuse('undeclared namespace prefix');
  return { ns, name: colon === -1 ? qname : qname.slice(colon + 1) };
}

function closeTag(xml: string, start: number, stack: Open[]): number {
  const qname = readName(xml, start + 2);
  const end = skipSpace(xml, start + 2 + qname.length);
  if (xml[end] !== '>') refuse('bad end tag');
  const top = stack.pop();
  if (!top || top.qname !== qname) refuse('mismatched end tag');
  return end + 1;
}

/** Text with XML's own entities and character references; any other `&` refuses the answer. */
function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  let out = '';
  let at = 0;
  for (let amp = raw.indexOf('&'); amp !== -1; amp = raw.indexOf('&', at)) {
    const semi = raw.indexOf(';', amp);
    if (semi === -1 || semi - amp > 12) refuse('bad entity');
    out += raw.slice(at, amp) + entity(raw.slice(amp + 1, semi));
    at = semi + 1;
  }
  return out + raw.slice(at);
}

function entity(body: string): string {
  const named = NAMED_ENTITIES[body];
  if (named !== undefined) return named;
  const code = /^#[0-9]{1,7}$/.test(body)
    ? Number(body.slice(1))
    : /^#x[0-9A-Fa-f]{1,6}$/.test(body)
      ? parseInt(body.slice(2), 16)
      : NaN;
  const allowed =
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) && code !== 0xfffe && code !== 0xffff);
  return allowed ? String.fromCodePoint(code) : refuse('unknown entity');
}

// ---- Multistatus: response → href, propstat → status, prop → the three properties. ----

const isDav = (element: XmlElement, name: string) => element.ns === DAV && element.name === name;
const davChildren = (element: XmlElement, name: string) => element.children.filter((child) => isDav(child, name));
const davChild = (element: XmlElement, name: string) => element.children.find((child) => isDav(child, name));

function readMultistatus(root: XmlElement): DavResource[] {
  if (!isDav(root, 'multistatus')) refuse('not a multistatus');
  const responses = davChildren(root, 'response');
  if (responses.length > MULTISTATUS_LIMITS.responses) refuse('too many responses');
  return responses.flatMap((response) => {
    const resource = readResponse(response);
    return resource ? [resource] : [];
  });
}

/** A resource, or nothing when the server reports it with a failure status of its own. */
function readResponse(response: XmlElement): DavResource | undefined {
  const href = davChild(response, 'href')?.text.trim();
  if (!href) refuse('response without href');
  const propstats = davChildren(response, 'propstat');
  if (propstats.length === 0) {
    const status = davChild(response, 'status');
    if (!status) refuse('response without propstat or status');
    return undefined;
  }
  let isFolder = false;
  let size: number | undefined;
  let lastModified: number | undefined;
  for (const propstat of propstats) {
    const code = statusCode(davChild(propstat, 'status')?.text ?? refuse('propstat without status'));
    if (code < 200 || code > 299) continue;
    for (const prop of davChild(propstat, 'prop')?.children ?? refuse('propstat without prop')) {
      if (isDav(prop, 'resourcetype')) isFolder ||= davChild(prop, 'collection') !== undefined;
      else if (isDav(prop, 'getcontentlength')) size = contentLength(prop.text);
      else if (isDav(prop, 'getlastmodified')) lastModified = httpDate(prop.text);
    }
  }
  return { href, isFolder, size, lastModified };
}

/** `HTTP/1.1 200 OK` → 200; only the anchored prefix is matched (no backtracking over the rest). */
function statusCode(line: string): number {
  const match = /^HTTP\/\d(?:\.\d)? (\d{3})(?: |$)/.exec(line.trim());
  return match ? Number(match[1]) : refuse('bad status line');
}

function contentLength(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d{1,15}$/.test(trimmed) ? Number(trimmed) : refuse('bad getcontentlength');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const HTTP_DATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;

/**
 * RFC 1123 dates only (what RFC 4918 asks, and what Apache and rclone send), read by hand:
 * `Date.parse` accepts different things in different engines. Anything else is unknown,
 * not an error: Omamori dates its backups by their names.
 */
function httpDate(text: string): number | undefined {
  const match = HTTP_DATE.exec(text.trim());
  const month = MONTHS.indexOf(match?.[2] ?? '');
  if (!match || month === -1) return undefined;
  const field = (index: number) => Number(match[index]);
  const [day, year, hours, minutes, seconds] = [field(1), field(3), field(4), field(5), field(6)];
  if (hours > 23 || minutes > 59 || seconds > 60) return undefined;
  const time = Date.UTC(year, month, day, hours, minutes, seconds);
  return new Date(time).getUTCDate() === day ? time : undefined;
}
