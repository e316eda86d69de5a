import { describe, expect, it } from 'vitest';
import { plainAbstract } from '../../src/lib/plain-abstract.ts';

describe('plainAbstract', () => {
  it('keeps inline math in its $…$ source form', () => {
    expect(plainAbstract('We bound $\\frac{a}{b}$ tightly.\n')).toBe('We bound $\\frac{a}{b}$ tightly.');
  });

  it('unescapes characters that MDX escapes and joins paragraphs with a blank line', () => {
    expect(plainAbstract('Sets \\{a, b\\} and 1 \\< 2.\n\nSecond.\n')).toBe('Sets {a, b} and 1 < 2.\n\nSecond.');
  });

  it('drops hand-added JSX, which is presentation rather than text', () => {
    expect(plainAbstract('Text.\n\n<Video src="x" />\n')).toBe('Text.');
  });
});
