/**
 * The pages the reading paths publish, in one place: each one's URL and the frontmatter it is
 * rendered with (`<StarlightPage>` validates it against the guide's page schema, as for any page).
 * The routes in src/pages/paths/ and the link-preview images (src/pages/og/) both read it. Pure.
 */
import type { ReadingPathData } from '../../schemas/path';
import type { Source } from '../../schemas/page';
import type { Audience, RoleId, TopicArea } from '../../schemas/taxonomy';
import { READING_PATHS_URL, handoutUrl, readingPathUrl } from '../paths';

/** The sidebar group and search topic of every reading path page. */
export const READING_PATHS_AREA: TopicArea = 'start-here';
export const READING_PATHS_TITLE = 'Reading paths';

/** Frontmatter of a generated page: the guide's page fields plus the Starlight options it sets. */
export interface GeneratedFrontmatter {
  title: string;
  description: string;
  audience: Audience[];
  area: TopicArea;
  roles: RoleId[];
  pageType: 'guide';
  lastReviewed: Date;
  sources: Source[];
  tableOfContents: false;
  template?: 'splash';
  pagefind?: false;
}

/** A generated page: its URL path and frontmatter. */
export interface GeneratedPage {
  path: string;
  frontmatter: GeneratedFrontmatter;
}

type PathFacts = Pick<
  ReadingPathData,
  'id' | 'title' | 'goal' | 'readers' | 'roles' | 'lastReviewed' | 'sources'
>;

const unique = <T>(items: T[]): T[] => [...new Set(items)];

/** `/paths/<id>/`: the path with its steps, progress and exports. */
export function pathPage(path: PathFacts): GeneratedPage {
  return {
    path: readingPathUrl(path.id),
    frontmatter: {
      title: path.title,
      description: path.goal,
      audience: [...path.readers],
      area: READING_PATHS_AREA,
      roles: [...path.roles],
      pageType: 'guide',
      lastReviewed: path.lastReviewed,
      sources: [...path.sources],
      tableOfContents: false,
    },
  };
}

/** `/paths/<id>/handout/`: every step's section on one printable page. Not searched: it repeats pages. */
export function handoutPage(path: PathFacts): GeneratedPage {
  return {
    path: handoutUrl(path.id),
    frontmatter: {
      ...pathPage(path).frontmatter,
      title: `${path.title}: printable handout`,
      description: `Every section of the reading path “${path.title}” on one printable page, in reading order, each with its stable address.`,
      template: 'splash',
      pagefind: false,
    },
  };
}

/** `/paths/`: every path. Its review date is the newest path's; its sources are the paths' sources. */
export function pathsIndexPage(paths: readonly PathFacts[]): GeneratedPage {
  const sources = new Map<string, Source>();
  for (const source of paths.flatMap((p) => p.sources)) sources.set(source.title, source);
  return {
    path: READING_PATHS_URL,
    frontmatter: {
      title: READING_PATHS_TITLE,
      description:
        'Ordered reading lists through the guide for five readers, from a new data engineer to a leader making the first data hire, with progress you can keep, share, and print.',
      audience: unique(paths.flatMap((p) => p.readers)),
      area: READING_PATHS_AREA,
      roles: unique(paths.flatMap((p) => p.roles)),
      pageType: 'guide',
      lastReviewed: new Date(Math.max(...paths.map((p) => p.lastReviewed.getTime()))),
      sources: [...sources.values()],
      tableOfContents: false,
    },
  };
}

/** Every page the reading paths publish. */
export function readingPathPages(paths: readonly PathFacts[]): GeneratedPage[] {
  return [pathsIndexPage(paths), ...paths.flatMap((path) => [pathPage(path), handoutPage(path)])];
}
