import { z } from 'astro/zod';

/**
 * A link into the guide: a page path with an optional section id, root-relative with a trailing
 * slash (`/boundary/data-contracts/` or `/boundary/data-contracts/#what-a-contract-holds`).
 */
export const sectionRef = z
  .string()
  .regex(
    /^\/(?:[a-z0-9-]+\/)*(?:#[a-z0-9-]+)?$/,
    'must be a root-relative page path with a trailing slash, optionally with #section-id',
  );
