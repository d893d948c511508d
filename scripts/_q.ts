import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, resolveChromium } from '/work/main/scripts/lib/chromium.ts';
import { startPreview } from '/work/main/scripts/lib/preview.ts';
const { baseURL, stop } = await startPreview(4398, '/work/main');
try {
  const exe = await resolveChromium();
  const browser = await chromium.launch({ executablePath: exe.path, args: CHROMIUM_ARGS });
  const page = await (await browser.newContext({ baseURL })).newPage();
  await page.goto('/');
  for (const q of process.argv.slice(2)) {
    const out = await page.evaluate(async (query) => {
      const d = document.querySelector('site-search') as any;
      await d.search(query);
      return {
        status: document.querySelector('[data-search-status]')?.textContent,
        items: [...document.querySelectorAll('[data-search-results] > li')].map(
          (li) =>
            li
              .querySelector('a')!
              .getAttribute('href')!
              .replace(/\?[^#]*/, '') +
            '  ::  ' +
            (li.querySelector('a') as HTMLElement).innerText.replace(/\s+/g, ' ').slice(0, 160) +
            '  ||  ' +
            [...li.querySelectorAll('a.search-section-link')]
              .map((a) => a.getAttribute('href')!.replace(/.*#/, '#'))
              .join(' '),
        ),
      };
    }, q);
    console.log(`\n## ${q}\n${out.status}\n${out.items.join('\n')}`);
  }
  await browser.close();
} finally {
  await stop();
}
