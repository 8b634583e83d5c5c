import { describe, expect, it } from 'vitest';
import { formatDate, formatDuration, formatTypes } from '../src/format.js';

describe('formatDate', () => {
  it('writes day, month and year dates the way a reader says them', () => {
    expect(formatDate({ iso: '1941-04-13', precision: 'day' })).toBe('13 April 1941');
    expect(formatDate({ iso: '1941-04', precision: 'month' })).toBe('April 1941');
    expect(formatDate({ iso: '1648', precision: 'year' })).toBe('1648');
  });

  it('turns astronomical years into BC', () => {
    expect(formatDate({ iso: '-1258', precision: 'year' })).toBe('1259 BC');
    expect(formatDate({ iso: '0000', precision: 'year' })).toBe('1 BC');
    expect(formatDate({ iso: '-0043-03-15', precision: 'day' })).toBe('15 March 44 BC');
  });
});

describe('formatDuration and formatTypes', () => {
  it('says years, or months for a fraction of a year', () => {
    expect(formatDuration({ years: 5 })).toBe('5 years');
    expect(formatDuration({ years: 1 })).toBe('1 year');
    expect(formatDuration({ years: 0.5 })).toBe('6 months');
  });

  it('lists treaty types in words', () => {
    expect(formatTypes(['neutrality', 'non-aggression', 'mutual-defense'])).toBe('Neutrality, non-aggression, mutual defense');
  });
});
