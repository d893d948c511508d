import { z } from 'astro/zod';
import { kebabId } from './page';
import { sectionRef } from './section-ref';

/**
 * What the ownership worksheet adds to one row of the ownership matrix
 * (`src/data/comparisons/ownership-boundary.yaml`): an entry of `src/data/ownership-worksheet.yaml`.
 * The asset itself (its name, the roles' parts) is read from the matrix, never repeated here.
 */
export const worksheetAssetSchema = z
  .object({
    /** The matrix row's id (`cdc-connectors`); every row has exactly one entry. */
    id: kebabId,
    /** One sentence: what goes wrong when nobody owns this asset. */
    risk: z.string().min(20).max(240),
    /** The section of the guide on why this asset needs an owner (`/page/#section-id`). */
    see: sectionRef,
  })
  .strict();
export type WorksheetAsset = z.infer<typeof worksheetAssetSchema>;
