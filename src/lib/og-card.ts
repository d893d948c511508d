/**
 * The words on a page's link-preview card, in one place: the image endpoint draws them
 * (src/pages/og/[...route].ts) and the page head repeats them as the image's alternative text.
 */
import { TOPIC_AREA_LABELS, type TopicArea } from '../schemas/taxonomy';

export const GUIDE_NAME = 'Backend vs Data Engineering — a field guide';

export interface OgCard {
  title: string;
  /** The group line under the title: sidebar group and the guide's name. */
  byline: string;
  description: string;
}

export function ogCard(page: {
  title: string;
  area?: TopicArea | undefined;
  description?: string | undefined;
}): OgCard {
  const group = page.area ? TOPIC_AREA_LABELS[page.area] : undefined;
  return {
    title: page.title,
    byline: group ? `${group} · ${GUIDE_NAME}` : GUIDE_NAME,
    description: page.description ?? '',
  };
}

/** The card's text as one alternative text for `og:image:alt` and `twitter:image:alt`. */
export function ogCardAlt(card: OgCard): string {
  return [card.title, card.byline, card.description]
    .filter(Boolean)
    .map((part) => (/[.?!]$/.test(part) ? part : `${part}.`))
    .join(' ');
}
