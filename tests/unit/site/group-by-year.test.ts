import { describe, expect, it } from 'vitest';
import { groupByYear, yearAnchor, yearLabel } from '../../../src/lib/group-by-year.ts';

describe('groupByYear', () => {
  it('groups newest year first, undated last, keeping the order within a year', () => {
    const items = [
      { id: 'a', year: 2023 },
      { id: 'b', year: null },
      { id: 'c', year: 2025 },
      { id: 'd', year: 2023 },
    ];
    const groups = groupByYear(items);
    expect(groups.map((group) => group.year)).toEqual([2025, 2023, null]);
    expect(groups[1]?.items.map((item) => item.id)).toEqual(['a', 'd']);
  });

  it('returns no groups for no items', () => {
    expect(groupByYear([])).toEqual([]);
  });

  it('names anchors and labels for undated papers', () => {
    expect(yearAnchor(2024)).toBe('year-2024');
    expect(yearAnchor(null)).toBe('year-undated');
    expect(yearLabel(null)).toBe('Undated');
  });
});
