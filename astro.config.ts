import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { TOPIC_AREAS, TOPIC_AREA_LABELS } from './src/schemas/taxonomy.ts';
import { searchShards } from './src/integrations/search-shards.ts';
import { hostConfig } from './src/integrations/host-config.ts';
import starlightLinksValidator from 'starlight-links-validator';
import { deployOrigin } from './src/integrations/deploy-origin.ts';

// Small Pagefind index chunks (default about 20,000): a query downloads a few small chunks instead
// of one 32 KB chunk per word range. Measured with `npm run bench:search` (README, "Search").
process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= '1000';

/**
 * Public origin of the deployed site (canonical URLs, link previews, sitemap, robots.txt). No
 * default: deployOrigin() fails a build without it; `npm start` passes localhost explicitly.
 */
const site = process.env['SITE_URL'] || undefined;

export default defineConfig({
  ...(site ? { site } : {}),
  trailingSlash: 'always',
  markdown: {
    // `## Heading {#id}`: ids written in the source, so renaming a heading never moves its link.
    processor: satteri({ features: { headingAttributes: true } }),
    // Shiki's own output (instead of Expressive Code) keeps code blocks keyboard-scrollable
    // (tabindex on <pre>) and ships no extra script or stylesheet on every page.
    shikiConfig: {
      themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      defaultColor: 'light',
    },
  },
  integrations: [
    deployOrigin(),
    starlight({
      title: 'Backend vs Data Engineering',
      description:
        'A field guide to how backend engineering and data engineering differ, where one ends and the other begins, and how to choose, hire, grow and switch.',
      lastUpdated: false,
      expressiveCode: false,
      pagination: true,
      customCss: ['./src/styles/custom.css'],
      favicon: '/favicon.svg',
      head: [
        { tag: 'link', attrs: { rel: 'icon', href: '/favicon.ico', sizes: '32x32' } },
        { tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/apple-touch-icon.png' } },
      ],
      // Each page's head, and the data headings in the glossary and tools pages' table of contents.
      routeMiddleware: './src/route-middleware.ts',
      components: {
        Search: './src/components/overrides/Search.astro',
        PageTitle: './src/components/overrides/PageTitle.astro',
        Hero: './src/components/overrides/Hero.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        Footer: './src/components/overrides/Footer.astro',
      },
      plugins: [
        // Every error option on: internal links in Markdown must reach a page and a heading.
        starlightLinksValidator({
          errorOnFallbackPages: true,
          errorOnInconsistentLocale: true,
          errorOnRelativeLinks: true,
          errorOnInvalidHashes: true,
          errorOnLocalLinks: true,
          sameSitePolicy: 'error',
          // Published data files, pages generated from data (reading paths), and the anchors the
          // glossary and tools pages render from data, which the validator cannot see in their
          // Markdown: the built-site crawl (npm run links:check) checks all of them.
          exclude: ['/data/*.json', '/paths/', '/paths/**', '/reference/glossary/#*', '/reference/tools/#*'],
        }),
      ],
      sidebar: TOPIC_AREAS.map((area) => ({
        label: TOPIC_AREA_LABELS[area],
        items: [
          { autogenerate: { directory: area } },
          // Reading paths are pages generated from src/data/paths/, outside the docs folders.
          ...(area === 'start-here' ? [{ label: 'Reading paths', link: '/paths/' }] : []),
        ],
      })),
    }),
    // After Starlight, so the Pagefind index it builds exists.
    searchShards(),
    // Last: it hashes the inline code of the final HTML.
    hostConfig(),
  ],
});
