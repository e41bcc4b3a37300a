import { inject } from 'vitest';
import { FIXTURE_HOSTS } from './hosts';

/** `https://host/path` on the fixture server (with its port when it is not 443). */
export function fixtureUrl(host: string, path = '/'): string {
  if (!(host in FIXTURE_HOSTS)) throw new Error(`${host} is not a fixture host (tests/support/hosts.ts)`);
  const port = inject('fixturePort');
  return `https://${host}${port === 443 ? '' : `:${port}`}${path}`;
}
