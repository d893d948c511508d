/**
 * A path as a Markdown checklist of titled links, to paste into an onboarding document: a heading,
 * a line with the path's own link and reading time, and one unticked item per step. Pure.
 */
import { markdownLink } from '../links/link-formats';
import { formatMinutes } from './reading-time';

export interface ChecklistStep {
  /** Absolute URL of the page or section. */
  url: string;
  /** Section heading, or the page title for a whole page. */
  title: string;
  page: string;
  minutes: number;
}

export function markdownChecklist(
  path: { title: string; url: string },
  steps: readonly ChecklistStep[],
): string {
  const total = steps.reduce((sum, step) => sum + step.minutes, 0);
  return [
    `## ${path.title}`,
    '',
    `Reading path: ${path.url} (${steps.length} steps, ${formatMinutes(total)})`,
    '',
    ...steps.map((step) => `- [ ] ${markdownLink(step)} (${formatMinutes(step.minutes)})`),
    '',
  ].join('\n');
}
