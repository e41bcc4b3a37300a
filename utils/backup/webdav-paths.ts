/** Paths under the person's folder, and the members a listing names, compared segment by segment. */
import { failure, success, type WebDavResult } from './webdav-failures';

export const isFolderPath = (path: string) => path === '' || path.endsWith('/');

/** A path under the folder, each segment percent-encoded by us; `.`, `..` and empty segments refused. */
export function resolvePath(base: URL, path: string): WebDavResult<URL> {
  const segments = path === '' ? [] : path.replace(/\/$/, '').split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..'))
    return failure('invalid-config', { detail: 'path' });
  const encoded = segments.map(encodeURIComponent).join('/') + (path.endsWith('/') && segments.length > 0 ? '/' : '');
  return success(new URL(encoded, base));
}

/** A path's segments, percent-decoded (servers encode differently: `%C3%A9`, `%c3%a9`, `&`). */
function decodedSegments(pathname: string): string[] | undefined {
  try {
    return pathname
      .split('/')
      .filter((segment) => segment !== '')
      .map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

/** The member's name when `href` (same origin) is directly inside the folder at `folder`. */
export function memberName(href: string, folder: URL): string | undefined {
  const target = hrefUrl(href, folder);
  const inside = target && decodedSegments(target.pathname);
  const parent = decodedSegments(folder.pathname);
  if (!inside || !parent || inside.length !== parent.length + 1) return undefined;
  return parent.every((segment, index) => inside[index] === segment) ? inside[parent.length] : undefined;
}

export function sameFolder(href: string, folder: URL): boolean {
  const target = hrefUrl(href, folder);
  const a = target && decodedSegments(target.pathname);
  const b = decodedSegments(folder.pathname);
  return !!a && !!b && a.length === b.length && a.every((segment, index) => segment === b[index]);
}

function hrefUrl(href: string, folder: URL): URL | undefined {
  try {
    const url = new URL(href, folder);
    return url.origin === folder.origin ? url : undefined;
  } catch {
    return undefined;
  }
}
