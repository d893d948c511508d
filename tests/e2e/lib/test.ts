import { test as base, expect } from '@playwright/test';

/**
 * Playwright's `test`, with every page of every test watched for Content-Security-Policy
 * violations. The preview server sends the build's own policy as an HTTP header
 * (scripts/lib/preview.ts), so every interaction any spec performs is also a CSP check: a test that
 * makes the browser block a script, a style or a request fails, naming what was blocked and where.
 * Specs import `test` and `expect` from here instead of from `@playwright/test`.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await context.exposeBinding('__cspViolation', (_source, text: string) => {
        violations.push(text);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(
            `${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`,
          );
        });
      });
      // Pages with JavaScript off, and what the event misses, still log the violation.
      context.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text()))
          violations.push(`${message.page()?.url() ?? ''}: ${message.text()}`);
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
