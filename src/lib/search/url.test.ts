import { describe, expect, it } from 'vitest';
import { withQueryParam } from './url';

describe('withQueryParam', () => {
  const location = {
    pathname: '/differences/testing/',
    search: '?compare=backend-engineer,sre',
    hash: '#testing--unit-tests',
  };
  it('adds the query and keeps the other parameters and the hash', () => {
    expect(withQueryParam(location, 'dbt tests')).toBe(
      '/differences/testing/?compare=backend-engineer,sre&q=dbt+tests#testing--unit-tests',
    );
  });
  it('removes the query', () => {
    expect(withQueryParam({ ...location, search: '?q=kafka' }, null)).toBe(
      '/differences/testing/#testing--unit-tests',
    );
  });
  it('encodes hostile input and bounds its length', () => {
    const url = withQueryParam({ pathname: '/', search: '', hash: '' }, `<script>"&#${'x'.repeat(500)}`);
    expect(url.startsWith('/?q=%3Cscript%3E%22%26%23')).toBe(true);
    expect(url.length).toBeLessThan(260);
  });
});
