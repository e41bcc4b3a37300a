import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MULTISTATUS_LIMITS, parseMultistatus } from '../webdav-xml';

/** PROPFIND answers captured from the real servers (see tests/webdav/fixtures/README.md). */
const fixture = (name: string) =>
  readFileSync(new URL(`../../../tests/webdav/fixtures/${name}`, import.meta.url), 'utf8');

const BACKUP = 'omamori-backup-2026-01-02-03-04-05.json';
const multistatus = (inner: string) => `<?xml version="1.0"?><D:multistatus xmlns:D="DAV:">${inner}</D:multistatus>`;
const file = (href: string, props = '<D:getcontentlength>12</D:getcontentlength>') =>
  `<D:response><D:href>${href}</D:href><D:propstat><D:prop><D:resourcetype/>${props}</D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>`;

function refused(xml: string): string {
  const result = parseMultistatus(xml);
  if (result.ok) throw new Error('accepted');
  expect(result.reason).toBe('bad-response');
  return result.detail;
}

describe('the multistatus reader', () => {
  it("reads Apache httpd 2.4 mod_dav's Depth 1 answer (lp1: prefixes, a 404 propstat, lower-case escapes)", () => {
    const result = parseMultistatus(fixture('apache-2.4-propfind-depth1.xml'));
    expect(result.ok && result.value).toEqual([
      { href: '/dav/Omamori/', isFolder: true, size: undefined, lastModified: expect.any(Number) },
      {
        href: '/dav/Omamori/manual%20copy%20&%20%c3%a9.json',
        isFolder: false,
        size: 595,
        lastModified: expect.any(Number),
      },
      { href: '/dav/Omamori/sub/', isFolder: true, size: undefined, lastModified: expect.any(Number) },
      { href: '/dav/Omamori/notes.txt', isFolder: false, size: 3, lastModified: expect.any(Number) },
      { href: `/dav/Omamori/${BACKUP}`, isFolder: false, size: 595, lastModified: expect.any(Number) },
    ]);
  });

  it("reads rclone 1.60's Depth 1 answer (one line, empty elements, xmlns on a leaf)", () => {
    const result = parseMultistatus(fixture('rclone-1.60-propfind-depth1.xml'));
    expect(result.ok && result.value.map(({ href, isFolder, size }) => [href, isFolder, size])).toEqual([
      ['/Omamori/', true, undefined],
      ['/Omamori/manual%20copy%20&%20%C3%A9.json', false, 595],
      ['/Omamori/notes.txt', false, 3],
      [`/Omamori/${BACKUP}`, false, 595],
      ['/Omamori/sub/', true, undefined],
    ]);
  });

  it('reads both servers’ Depth 0 answers and their RFC 1123 dates', () => {
    for (const name of ['apache-2.4-propfind-depth0.xml', 'rclone-1.60-propfind-depth0.xml']) {
      const result = parseMultistatus(fixture(name));
      expect(result.ok && result.value.length, name).toBe(1);
      const date = result.ok ? result.value[0]?.lastModified : undefined;
      expect(date, name).toBeGreaterThan(Date.UTC(2020, 0, 1));
    }
    const dated = parseMultistatus(
      multistatus(file('/a', '<D:getlastmodified>Tue, 01 Dec 2026 09:03:27 GMT</D:getlastmodified>')),
    );
    expect(dated.ok && dated.value[0]?.lastModified).toBe(Date.UTC(2026, 11, 1, 9, 3, 27));
  });

  it('resolves namespaces by URI, not by prefix: a default namespace, other prefixes, a non-DAV look-alike', () => {
    const xml = `<multistatus xmlns="DAV:"><response><href>/x/a</href><propstat><prop>
      <getcontentlength>7</getcontentlength><o:getcontentlength xmlns:o="urn:other">99</o:getcontentlength>
      <resourcetype><collection xmlns="urn:not-dav"/></resourcetype></prop><status>HTTP/1.1 200 OK</status></propstat></response></multistatus>`;
    expect(parseMultistatus(xml)).toEqual({
      ok: true,
      value: [{ href: '/x/a', isFolder: false, size: 7, lastModified: undefined }],
    });
    expect(refused('<D:multistatus xmlns:D="urn:not-dav"></D:multistatus>')).toBe('not a multistatus');
    expect(refused('<X:multistatus xmlns:D="DAV:"></X:multistatus>')).toBe('undeclared namespace prefix');
  });

  it('decodes the five entities, character references and CDATA; skips comments and processing instructions', () => {
    const xml =
      multistatus(`<!-- a comment --><?pi data?><D:response><D:href>/a%20&amp;&#x62;&#99;<![CDATA[<d>]]>&lt;&gt;&quot;&apos;</D:href>
      <D:status>HTTP/1.1 200 OK</D:status><D:propstat><D:prop/><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>`);
    expect(parseMultistatus(xml)).toEqual({
      ok: true,
      value: [{ href: '/a%20&bc<d><>"\'', isFolder: false, size: undefined, lastModified: undefined }],
    });
  });

  it('ignores properties under a failed propstat and resources reported with a failure status', () => {
    const xml = multistatus(`<D:response><D:href>/gone</D:href><D:status>HTTP/1.1 404 Not Found</D:status></D:response>
      <D:response><D:href>/f</D:href><D:propstat><D:prop><D:getcontentlength>oops</D:getcontentlength></D:prop><D:status>HTTP/1.1 403 Forbidden</D:status></D:propstat></D:response>`);
    expect(parseMultistatus(xml)).toEqual({
      ok: true,
      value: [{ href: '/f', isFolder: false, size: undefined, lastModified: undefined }],
    });
  });

  it('refuses a document type: entity expansion (billion laughs) and external entities never run', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>${multistatus(file('/&lol2;'))}`;
    expect(refused(laughs)).toBe('document type or declaration');
    const external = `<!DOCTYPE m [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${multistatus(file('/&xxe;'))}`;
    expect(refused(external)).toBe('document type or declaration');
    expect(refused(multistatus(file('/&xxe;')))).toBe('unknown entity');
    expect(refused(multistatus(file('/&#0;')))).toBe('unknown entity');
    expect(refused(multistatus(file('/&#xD800;')))).toBe('unknown entity');
    expect(refused(multistatus(file('/a & b')))).toBe('bad entity');
  });

  it('refuses deep nesting, too many elements, too many attributes and a huge answer, quickly', () => {
    const started = performance.now();
    const deep = '<a>'.repeat(100_000) + '</a>'.repeat(100_000);
    expect(refused(`<D:multistatus xmlns:D="DAV:">${deep}</D:multistatus>`)).toBe('nested too deep');
    expect(refused(multistatus('<x/>'.repeat(MULTISTATUS_LIMITS.elements + 1)))).toBe('too many elements');
    const attributes = Array.from({ length: MULTISTATUS_LIMITS.attributes + 1 }, (_, i) => `a${i}="1"`).join(' ');
    expect(refused(multistatus(`<x ${attributes}/>`))).toBe('too many attributes');
    expect(refused(multistatus(' '.repeat(MULTISTATUS_LIMITS.chars)))).toBe('too large');
    expect(
      refused(multistatus(`<D:response><D:href>${'&amp;'.repeat(10)}&${'x'.repeat(1_000_000)}</D:href></D:response>`)),
    ).toBe('bad entity');
    expect(refused(multistatus(`<!--${'-'.repeat(1_000_000)}`))).toBe('unterminated comment');
    expect(
      refused(
        multistatus(
          `<D:response><D:href>/a</D:href><D:propstat><D:prop/><D:status>HTTP/1.1${' '.repeat(1_000_000)}200</D:status></D:propstat></D:response>`,
        ),
      ),
    ).toBe('bad status line');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('refuses malformed documents', () => {
    const cases: Record<string, string> = {
      '': 'no root element',
      text: 'text outside the root',
      '<D:multistatus xmlns:D="DAV:">': 'unclosed element',
      '<D:multistatus xmlns:D="DAV:"></D:response>': 'mismatched end tag',
      '<D:multistatus xmlns:D="DAV:"/><D:multistatus xmlns:D="DAV:"/>': 'a second root element',
      '<D:multistatus xmlns:D="DAV:" a="1" a="2"/>': 'repeated attribute',
      '<D:multistatus xmlns:D="DAV:" a=1/>': 'unquoted attribute',
      '<D:multistatus xmlns:D="DAV:" a="<"/>': '< in an attribute',
      '<D:multistatus xmlns:D="DAV:" a/>': 'attribute without a value',
      '<D:multistatus xmlns:D="DAV:"a="1"/>': 'bad start tag',
      '<D:multistatus xmlns:D="DAV:"><![CDATA[x</D:multistatus>': 'unterminated CDATA',
      '<D:multistatus xmlns:D="DAV:" a="x': 'unterminated attribute',
      '<1/>': 'bad name',
      [multistatus('<D:response><D:propstat/></D:response>')]: 'response without href',
      [multistatus('<D:response><D:href>/a</D:href></D:response>')]: 'response without propstat or status',
      [multistatus('<D:response><D:href>/a</D:href><D:propstat><D:prop/></D:propstat></D:response>')]:
        'propstat without status',
      [multistatus(
        '<D:response><D:href>/a</D:href><D:propstat><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>',
      )]: 'propstat without prop',
      [multistatus(
        '<D:response><D:href>/a</D:href><D:propstat><D:prop/><D:status>200</D:status></D:propstat></D:response>',
      )]: 'bad status line',
      [multistatus(file('/a', '<D:getcontentlength>-1</D:getcontentlength>'))]: 'bad getcontentlength',
      [multistatus(file('/a', '<D:getcontentlength>1e3</D:getcontentlength>'))]: 'bad getcontentlength',
    };
    for (const [xml, detail] of Object.entries(cases)) expect(refused(xml), xml).toBe(detail);
  });

  it('takes a date it cannot read as unknown, not as a failure', () => {
    for (const date of [
      '2026-12-01T09:03:27Z',
      'Tue, 31 Feb 2026 09:03:27 GMT',
      'Tue, 01 Foo 2026 09:03:27 GMT',
      'Tue, 01 Dec 2026 25:03:27 GMT',
    ]) {
      const result = parseMultistatus(multistatus(file('/a', `<D:getlastmodified>${date}</D:getlastmodified>`)));
      expect(result.ok && result.value[0]?.lastModified, date).toBeUndefined();
    }
  });
});
