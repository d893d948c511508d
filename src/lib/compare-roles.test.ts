import { describe, expect, it } from 'vitest';
import { compareParamFor, resolveShownRoles, rowUrl, withCompareParam } from './compare-roles';
import { rowAnchor } from './paths';

const available = ['backend-engineer', 'data-engineer', 'analytics-engineer', 'sre'];
const defaults = ['backend-engineer', 'data-engineer'];

describe('resolveShownRoles', () => {
  it('shows the defaults without a parameter', () => {
    expect(resolveShownRoles(null, available, defaults)).toEqual(defaults);
  });
  it('keeps the table order and drops roles the table lacks', () => {
    expect(resolveShownRoles('sre,ml-engineer,data-engineer', available, defaults)).toEqual([
      'data-engineer',
      'sre',
    ]);
  });
  it('falls back to the defaults when fewer than two roles apply', () => {
    expect(resolveShownRoles('sre', available, defaults)).toEqual(defaults);
    expect(resolveShownRoles('<script>,', available, defaults)).toEqual(defaults);
  });
});

describe('compareParamFor', () => {
  it('is null for the default choice, in any order', () => {
    expect(compareParamFor(['data-engineer', 'backend-engineer'], defaults)).toBeNull();
  });
  it('lists the chosen roles otherwise', () => {
    expect(compareParamFor(['backend-engineer', 'sre'], defaults)).toBe('backend-engineer,sre');
  });
});

describe('row links', () => {
  it('joins table and row ids with a double hyphen', () => {
    expect(rowAnchor('testing', 'unit-tests')).toBe('testing--unit-tests');
  });
  it('builds an absolute URL that keeps only the role choice', () => {
    const location = {
      origin: 'https://guide.example',
      pathname: '/differences/testing/',
      search: '?compare=backend-engineer,sre&utm=x',
    };
    expect(rowUrl(location, 'testing--unit-tests')).toBe(
      'https://guide.example/differences/testing/?compare=backend-engineer,sre#testing--unit-tests',
    );
    expect(rowUrl({ ...location, search: '' }, 'a--b')).toBe(
      'https://guide.example/differences/testing/#a--b',
    );
  });
});

describe('withCompareParam', () => {
  it('sets the parameter with literal commas and keeps other parameters', () => {
    expect(withCompareParam('?q=kafka', 'backend-engineer,sre')).toBe(
      '?q=kafka&compare=backend-engineer,sre',
    );
  });
  it('replaces an existing choice and removes it for the defaults', () => {
    expect(withCompareParam('?compare=a,b&q=x', 'c,d')).toBe('?q=x&compare=c,d');
    expect(withCompareParam('?compare=a,b', null)).toBe('');
  });
});
