import { startPreview } from '../../scripts/lib/preview.ts';
import { PORT } from '../../scripts/lib/site.ts';

/**
 * Serves the built site for the browser tests with Astro's own preview server (its `preview()`
 * API, as Starlight's e2e fixtures use), and stops it when the run ends.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const { stop } = await startPreview(PORT);
  return stop;
}
