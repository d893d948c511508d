import { z } from 'astro/zod';

const pagePath = z
  .string()
  .regex(/^\/(?:[a-z0-9-]+\/)*$/, 'must be a root-relative page path with a trailing slash, like /faq/');

/** One moved page: `src/data/redirects.yaml`. The old path keeps working, with its #fragment. */
export const redirectSchema = z
  .object({
    /** The path that used to be (or is offered as) a page. */
    from: pagePath,
    /** The page it now lives at. */
    to: pagePath,
    /** Why the redirect exists, for maintainers. */
    reason: z.string().min(5),
  })
  .strict();
export type Redirect = z.infer<typeof redirectSchema>;

export const redirectsFileSchema = z.array(redirectSchema);
