import type { TestProject } from 'vitest/node';
import { startFixtureServer } from '../support/fixture-server';

declare module 'vitest' {
  export interface ProvidedContext {
    fixturePort: number;
  }
}

/** One HTTPS fixture server for the whole run (it wants port 443). */
export default async function setup(project: TestProject) {
  const server = await startFixtureServer();
  project.provide('fixturePort', server.port);
  return () => server.close();
}
