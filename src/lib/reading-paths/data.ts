/**
 * Reading paths for the build: the only reader of the `paths` collection, which Astro's `glob()`
 * loader fills and src/schemas/path.ts validates once. Each step is resolved against the `docs`
 * collection (pages, their headings and anchor aliases); a step that no longer resolves fails the
 * build with the path file and the step named. Each step's words, reading time and excerpt are
 * taken from the rendered section, so nothing about a step is typed twice.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { ReadingPathData } from '../../schemas/path';
import { pathOfEntry, readingPathFile } from '../paths';
import { resolveSteps, type PageOutline } from './steps';
import { countWords, excerptOf, readableText, sliceSection } from './sections';
import { readingMinutes } from './reading-time';
import { renderedContent } from './rendered';

/** One step as the path page, the checklist and the handout show it. */
export interface PathStepView {
  /** Position in the path, from 1. */
  number: number;
  /** The step as the path file writes it (progress is stored by it). */
  read: string;
  /** Root-relative link to the page, with `#id` for a section. */
  href: string;
  /** The section's heading, or the page's title for a whole page. */
  title: string;
  /** The title of the page the step is on. */
  pageTitle: string;
  /** Whether the step is a whole page rather than one section. */
  wholePage: boolean;
  /** Why to read it, from the path file. */
  why: string;
  /** Words in the section (or page), and the whole minutes they take at the guide's reading speed. */
  words: number;
  minutes: number;
  /** The opening of the section's text. */
  excerpt: string;
  /** The section's rendered HTML, heading included; only the handout prints it. */
  html: string;
  /** Level of the section's heading: 2 or 3, or 1 for a whole page. */
  depth: number;
}

/** A path with its steps resolved and measured. */
export interface ReadingPath extends Omit<ReadingPathData, 'steps'> {
  /** The file it came from, for messages. */
  file: string;
  steps: PathStepView[];
  /** Sum of the steps' minutes. */
  minutes: number;
}

/** Every path as its file states it, in list order (`order`). Cheap: nothing is rendered. */
export async function allReadingPathData(): Promise<(ReadingPathData & { file: string })[]> {
  return (await getCollection('paths'))
    .map((entry) => ({ id: entry.id, file: entry.filePath ?? readingPathFile(entry.id), ...entry.data }))
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** Every guide page that a step can point at, by URL path, with its entry. */
async function guidePages(): Promise<Map<string, PageOutline & { entry: CollectionEntry<'docs'> }>> {
  const pages = new Map<string, PageOutline & { entry: CollectionEntry<'docs'> }>();
  for (const entry of await getCollection('docs')) {
    const { headings } = await render(entry);
    pages.set(pathOfEntry(entry.id), {
      path: pathOfEntry(entry.id),
      title: entry.data.title,
      sections: headings
        .filter((h) => h.depth === 2 || h.depth === 3)
        .map((h) => ({ id: h.slug, text: h.text, depth: h.depth })),
      aliases: 'anchorAliases' in entry.data ? entry.data.anchorAliases : undefined,
      entry,
    });
  }
  return pages;
}

let loaded: Promise<ReadingPath[]> | undefined;

/** Every path, resolved and measured, once per build. Throws when any step does not resolve. */
export function loadReadingPaths(): Promise<ReadingPath[]> {
  loaded ??= (async () => {
    const [data, pages] = await Promise.all([allReadingPathData(), guidePages()]);
    const problems: string[] = [];
    const paths: ReadingPath[] = [];
    for (const path of data) {
      const resolved = resolveSteps(path.file, path.steps, pages);
      problems.push(...resolved.problems);
      const steps: PathStepView[] = [];
      for (const step of resolved.steps) {
        const entry = pages.get(step.page.path)?.entry;
        const html = entry && sliceSection(await renderedContent(entry), step.section?.id);
        if (html === undefined) {
          problems.push(
            `${path.file}: field \`steps[${step.number - 1}].read\`: step ${step.number} "${step.read}": the section's heading is not at the top level of ${step.page.path}, so its text cannot be read`,
          );
          continue;
        }
        const words = countWords(readableText(html));
        steps.push({
          number: step.number,
          read: step.read,
          href: step.href,
          title: step.section?.text ?? step.page.title,
          pageTitle: step.page.title,
          wholePage: step.section === undefined,
          why: step.why,
          words,
          minutes: readingMinutes(words),
          excerpt: excerptOf(html),
          html,
          depth: step.section?.depth ?? 1,
        });
      }
      const { steps: _declared, ...rest } = path;
      paths.push({ ...rest, steps, minutes: steps.reduce((sum, s) => sum + s.minutes, 0) });
    }
    if (problems.length > 0)
      throw new Error(
        `Reading path steps that no longer resolve:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
      );
    return paths;
  })();
  return loaded;
}

/** One path by id; throws naming the known ids. */
export async function getReadingPath(id: string): Promise<ReadingPath> {
  const paths = await loadReadingPaths();
  const path = paths.find((p) => p.id === id);
  if (!path) throw new Error(`No reading path "${id}". Known: ${paths.map((p) => p.id).join(', ')}`);
  return path;
}
