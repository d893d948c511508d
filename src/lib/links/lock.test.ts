import { describe, expect, it } from 'vitest';
import { LOCK_COMMAND, checkInternalLinks, checkLock, updateLock, type LinkLock, type Site } from './lock';
import type { BuiltPage } from './html';

const page = (anchors: string[], extra: Partial<BuiltPage> = {}): BuiltPage => ({
  ids: new Set([...anchors, ...(extra.ids ?? [])]),
  anchors,
  links: extra.links ?? [],
  redirectsTo: extra.redirectsTo,
});

const lock: LinkLock = {
  version: 1,
  pages: {
    '/differences/testing/': ['data-testing', 'testing--unit-tests'],
    '/faq/': ['etl-vs-elt'],
  },
};

describe('checkLock', () => {
  it('passes when every locked page and anchor resolves', () => {
    const site: Site = new Map([
      ['/differences/testing/', page(['data-testing', 'testing--unit-tests'])],
      ['/faq/', page(['etl-vs-elt'])],
    ]);
    expect(checkLock(lock, site)).toEqual({ broken: [], unlocked: [] });
  });

  it('fails on a removed anchor, naming the link and how to keep it', () => {
    const site: Site = new Map([
      ['/differences/testing/', page(['data-tests', 'testing--unit-tests'])],
      ['/faq/', page(['etl-vs-elt'])],
    ]);
    const { broken } = checkLock(lock, site);
    expect(broken).toHaveLength(1);
    expect(broken[0]).toContain('/differences/testing/#data-testing is locked');
    expect(broken[0]).toContain(
      'adding "data-testing: <new-id>" under anchorAliases in the frontmatter of src/content/docs/differences/testing.mdx',
    );
  });

  it('passes when an alias id is kept on the new target', () => {
    const site: Site = new Map([
      ['/differences/testing/', page(['data-tests', 'testing--unit-tests', 'data-testing'])],
      ['/faq/', page(['etl-vs-elt'])],
    ]);
    expect(checkLock(lock, site).broken).toEqual([]);
  });

  it('passes for a moved page when a redirect leads to a page where the anchor resolves', () => {
    const site: Site = new Map([
      ['/differences/testing/', page(['data-testing', 'testing--unit-tests'])],
      ['/faq/', page([], { redirectsTo: '/reference/faq/' })],
      ['/reference/faq/', page(['etl-vs-elt'])],
    ]);
    const report = checkLock(
      { version: 1, pages: { ...lock.pages, '/reference/faq/': ['etl-vs-elt'] } },
      site,
    );
    expect(report).toEqual({ broken: [], unlocked: [] });
  });

  it('fails for a moved page without a redirect, and for a redirect target that lacks the anchor', () => {
    const gone: Site = new Map([['/differences/testing/', page(['data-testing', 'testing--unit-tests'])]]);
    expect(checkLock(lock, gone).broken).toEqual([
      '/faq/ is locked but no longer exists. Restore the page, or add { from: /faq/, to: <new path> } to src/data/redirects.yaml.',
    ]);
    const wrongTarget: Site = new Map([
      ['/differences/testing/', page(['data-testing', 'testing--unit-tests'])],
      ['/faq/', page([], { redirectsTo: '/reference/faq/' })],
      ['/reference/faq/', page(['elt-vs-etl'])],
    ]);
    expect(checkLock(lock, wrongTarget).broken[0]).toContain(
      '/reference/faq/ (redirected from /faq/) has no element with id "etl-vs-elt"',
    );
  });

  it('reports a stale lock: new pages and anchors that are not locked yet', () => {
    const site: Site = new Map([
      ['/differences/testing/', page(['data-testing', 'testing--unit-tests', 'new-section'])],
      ['/faq/', page(['etl-vs-elt'])],
      ['/new-page/', page([])],
    ]);
    expect(checkLock(lock, site).unlocked).toEqual(['/differences/testing/#new-section', '/new-page/']);
    expect(LOCK_COMMAND).toBe('npm run links:lock');
  });
});

describe('updateLock', () => {
  it('adds what is published and never drops a locked entry', () => {
    const site: Site = new Map([
      ['/differences/testing/', page(['testing--unit-tests', 'new-section'])],
      ['/faq/', page([], { redirectsTo: '/reference/faq/' })],
    ]);
    expect(updateLock(lock, site)).toEqual({
      version: 1,
      pages: {
        '/differences/testing/': ['data-testing', 'new-section', 'testing--unit-tests'],
        '/faq/': ['etl-vs-elt'],
      },
    });
  });
});

describe('checkInternalLinks', () => {
  it('finds links to missing pages, missing ids and missing files, following redirects', () => {
    const site: Site = new Map([
      [
        '/a/',
        page(['x'], {
          links: [
            '/b/#y',
            '/b/#nope',
            '/gone/',
            '/faq/#y',
            '/data/roles.json',
            '/data/none.json',
            '/b/?q=kafka',
          ],
        }),
      ],
      ['/b/', page(['y'])],
      ['/faq/', page([], { redirectsTo: '/b/' })],
    ]);
    const files = new Set(['/data/roles.json']);
    expect(checkInternalLinks(site, (path) => files.has(path))).toEqual([
      '/a/: link to /b/#nope: /b/ has no element with id "nope"',
      '/a/: link to /gone/: no such page',
      '/a/: link to /data/none.json: no such file',
    ]);
  });
});
