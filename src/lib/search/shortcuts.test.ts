import { describe, expect, it } from 'vitest';
import { isTypingTarget } from './shortcuts';

describe('isTypingTarget', () => {
  it('is false for nothing and for non-elements', () => {
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget({} as EventTarget)).toBe(false);
  });
  it('is true inside a form field', () => {
    const field = {
      isContentEditable: false,
      closest: (selector: string) => (selector.includes('input') ? {} : null),
    };
    expect(isTypingTarget(field as unknown as EventTarget)).toBe(true);
  });
});
