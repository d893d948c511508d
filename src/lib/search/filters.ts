import type { PageFrontmatterExtension } from '../../schemas/page';
import { TOPIC_AREA_LABELS } from '../../schemas/taxonomy.ts';

/** Labels readers see in the search filters; ids stay in the frontmatter. */
export const PAGE_TYPE_LABELS: Record<string, string> = {
  guide: 'Guide',
  comparison: 'Comparison',
  reference: 'Reference',
  tool: 'Tool',
};

/** The name of the page-type filter. */
export const PAGE_TYPE_FILTER = 'Page type';

export interface SearchFilter {
  name: 'Topic' | 'Role' | 'Page type';
  value: string;
}

/**
 * Pagefind filters for a page, from its frontmatter: one topic, its roles (by the names in
 * `src/data/roles.yaml`, passed in as `roleNames`), one page type.
 */
export function searchFiltersFor(
  data: Partial<Pick<PageFrontmatterExtension, 'area' | 'roles' | 'pageType'>>,
  roleNames: ReadonlyMap<string, string>,
): SearchFilter[] {
  const filters: SearchFilter[] = [];
  if (data.area) filters.push({ name: 'Topic', value: TOPIC_AREA_LABELS[data.area] });
  for (const role of data.roles ?? []) filters.push({ name: 'Role', value: roleNames.get(role) ?? role });
  if (data.pageType)
    filters.push({ name: PAGE_TYPE_FILTER, value: PAGE_TYPE_LABELS[data.pageType] ?? data.pageType });
  return filters;
}
