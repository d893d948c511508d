import { describe, expect, it } from 'vitest';
import { searchFiltersFor } from './filters';
import { ROLE_IDS } from '../../schemas/taxonomy';
import { readRoles } from '../data-files';

const names = new Map(readRoles().map((role) => [role.id, role.name]));

describe('searchFiltersFor', () => {
  it('turns frontmatter ids into readable filter values', () => {
    expect(
      searchFiltersFor(
        { area: 'boundary', roles: ['backend-engineer', 'sre'], pageType: 'comparison' },
        names,
      ),
    ).toEqual([
      { name: 'Topic', value: 'Where backend ends and data begins' },
      { name: 'Role', value: 'Backend engineer' },
      { name: 'Role', value: 'Site reliability engineer' },
      { name: 'Page type', value: 'Comparison' },
    ]);
  });
  it('has a label for every role', () => {
    const values = searchFiltersFor({ roles: [...ROLE_IDS] }, names).map((f) => f.value);
    expect(values.every((value) => !value.includes('-'))).toBe(true);
  });
  it('emits nothing for a page without the fields', () => {
    expect(searchFiltersFor({}, names)).toEqual([]);
  });
});
