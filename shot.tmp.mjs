import { chromium } from 'playwright-core';
const [url, out, w, h, scheme] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/tmp/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const p = await b.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme || 'light' });
await p.goto(url); 
const sel = process.argv[7]; if (sel) await p.locator(sel).first().scrollIntoViewIfNeeded();
await p.screenshot({ path: out }); await b.close();
