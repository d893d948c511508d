import { z } from 'astro/zod';

/**
 * `src/data/not-tools.yaml`: capitalized names the guide uses that are not tools (people,
 * organisations, laws, standards, acronyms), so the check for tools without an entry passes them.
 */
export const notToolsFileSchema = z.array(z.string().min(1)).min(1);
