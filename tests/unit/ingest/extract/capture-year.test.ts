/** Year-less aggregator dates take the capture year: one after the latest year the page prints. */
import { describe, expect, it } from 'vitest';
import { aggregatorDate, captureYear } from '../../../../scripts/ingest/extract/capture-year.ts';

describe('captureYear', () => {
  it('is the year after the latest year printed, whatever the order', () => {
    expect(captureYear([2019, 2025, 2023])).toBe(2026);
    expect(captureYear([2024])).toBe(2025);
  });

  it('is unknown when the page prints no year', () => {
    expect(captureYear([])).toBeUndefined();
  });
});

describe('aggregatorDate', () => {
  it.each([
    [['May', '20', undefined, 2026], '2026-05-20'],
    [['Jun', '4', '2025', 2026], '2025-06-04'],
    [['Sept', '9', undefined, 2024], '2024-09-09'],
    [['December', '31', '2019', undefined], '2019-12-31'],
  ] as const)('turns %j into %s', ([month, day, year, pageYear], date) => {
    expect(aggregatorDate(month, day, year, pageYear)).toBe(date);
  });

  it('gives no date without a year, printed or inferred, nor for an unknown month', () => {
    expect(aggregatorDate('May', '20', undefined, undefined)).toBeUndefined();
    expect(aggregatorDate('Xyz', '20', '2024', 2025)).toBeUndefined();
  });
});
