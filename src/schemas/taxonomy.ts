/**
 * Controlled vocabularies shared by page frontmatter, the data collections and search filters.
 * Kept in one module so a filter, a schema and a test all agree on the same ids.
 */

/** Who a page is written for. */
export const AUDIENCES = ['leaders', 'engineers', 'onboarding-authors'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The sidebar group a page belongs to; also a search filter. */
export const TOPIC_AREAS = [
  'start-here',
  'the-roles',
  'differences',
  'boundary',
  'worked-example',
  'choosing',
  'careers',
  'reference',
] as const;
export type TopicArea = (typeof TOPIC_AREAS)[number];

/** Human labels for topic areas, used by the sidebar and filters. */
export const TOPIC_AREA_LABELS: Record<TopicArea, string> = {
  'start-here': 'Start here',
  'the-roles': 'The roles',
  differences: 'Differences',
  boundary: 'Where backend ends and data begins',
  'worked-example': 'One product, two lenses',
  choosing: 'Choosing for your product and team',
  careers: 'Careers',
  reference: 'Reference',
};

/** Roles the guide discusses, as kebab-case ids. */
export const ROLE_IDS = [
  'backend-engineer',
  'data-engineer',
  'analytics-engineer',
  'ml-engineer',
  'platform-engineer',
  'data-scientist',
  'sre',
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

/** What kind of page this is; a search filter. */
export const PAGE_TYPES = ['guide', 'comparison', 'reference', 'tool'] as const;
export type PageType = (typeof PAGE_TYPES)[number];
