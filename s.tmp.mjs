import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/tmp/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const [url, out, w, h, scheme] = process.argv.slice(2);
const p = await b.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme });
await p.goto(url);
await p.waitForSelector('.search-result, .search-help:not([hidden])', { timeout: 10000 }).catch(()=>{});
await p.screenshot({ path: out }); await b.close();
