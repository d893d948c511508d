import type { DiagramSpec } from './draw';
import { BATCH_AND_STREAMING } from './batch-and-streaming';
import { CAREER_LADDERS } from './career-ladders';
import { ORDER_FLOW } from './order-flow';
import { OUTBOX_AND_CDC } from './outbox-and-cdc';
import { OWNERSHIP_MAP } from './ownership-map';
import { TEAM_STRUCTURES } from './team-structures';
import { TECH_STACKS } from './tech-stacks';

/** Every diagram of the guide, by name: the SVG route draws these, the `<Diagram>` component shows them. */
export const DIAGRAMS: Record<string, DiagramSpec> = Object.fromEntries(
  [
    ORDER_FLOW,
    TECH_STACKS,
    OWNERSHIP_MAP,
    OUTBOX_AND_CDC,
    BATCH_AND_STREAMING,
    TEAM_STRUCTURES,
    CAREER_LADDERS,
  ].map((spec) => [spec.name, spec]),
);

/** A diagram by the name an MDX author typed, or an error listing the names that exist. */
export function diagramNamed(name: string): DiagramSpec {
  const spec = DIAGRAMS[name];
  if (!spec)
    throw new Error(`<Diagram name="${name}">: no such diagram; known: ${Object.keys(DIAGRAMS).join(', ')}`);
  return spec;
}
