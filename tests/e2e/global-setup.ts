import type { TestProject } from 'vitest/node';
import { startFixtureServer } from '../support/fixture-server';

declare module 'vitest' {
  export interface ProvidedContext {
    fixturePort: number;
  }
}

// Vitest runs this once per project (one per browser) and once for the root, in one
// process: the first call starts the server, the last teardown stops it.
const shared = globalThis as {
  omamoriFixtureServer?: ReturnType<typeof startFixtureServer>;
  omamoriFixtureUsers?: number;
};

/** One HTTPS fixture server for the whole run (it wants port 443). */
export default async function setup(project: TestProject) {
  shared.omamoriFixtureServer ??= startFixtureServer();
  shared.omamoriFixtureUsers = (shared.omamoriFixtureUsers ?? 0) + 1;
  const server = await shared.omamoriFixtureServer;
  project.provide('fixturePort', server.port);
  return async () => {
    shared.omamoriFixtureUsers! -= 1;
    if (shared.omamoriFixtureUsers === 0) await server.close();
  };
}
