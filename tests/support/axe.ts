import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TestFrame } from './browsers';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One axe-core finding, short enough to read in a failed assertion. */
export interface AxeFinding {
  readonly id: string;
  readonly impact: string | null;
  readonly targets: string[];
}

/** Every axe-core (WCAG 2.x A/AA and best-practice) violation on the page, of any impact. */
export async function axeViolations(page: TestFrame): Promise<AxeFinding[]> {
  return page.evaluate(async (source) => {
    const scope = globalThis as unknown as {
      axe?: {
        run(
          context: Document,
        ): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }>;
      };
    };
    if (!scope.axe) (0, eval)(source);
    const { violations } = await scope.axe!.run(document);
    return violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => String(node.target.join(' '))),
    }));
  }, AXE_SOURCE);
}
