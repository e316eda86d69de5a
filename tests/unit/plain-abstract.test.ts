import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/bench/random.ts';
import { randomProse } from '../helpers/random-prose.ts';
import { parsedAbstract, plainAbstract } from '../../src/lib/plain-abstract.ts';

/** The text, or that the body is not valid MDX (an unclosed tag, say). */
function outcome(read: (body: string) => string, body: string): string {
  try {
    return read(body);
  } catch {
    return 'invalid MDX';
  }
}

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

  it('reads plain prose without parsing it, exactly as parsing would', () => {
    const random = seededRandom(23);
    const risky = [
      '\n',
      '\n\n',
      '\n\n\n',
      '\n \n',
      '    ',
      '1. ',
      '- ',
      '*',
      '_x_',
      '`',
      '$x$',
      '<b>',
      '&amp;',
      '{a}',
      '\\',
      '#',
    ];
    let plainBodies = 0;
    for (let round = 0; round < 400; round += 1) {
      const prose = randomProse(random, risky);
      const body = `${random.chance(0.2) ? '  ' : 'Word'}${prose.text}${random.pick(['', '\n', '\n\n'])}`;
      expect(outcome(plainAbstract, body), JSON.stringify(body)).toBe(outcome(parsedAbstract, body));
      if (prose.plain) plainBodies += 1;
    }
    expect(plainBodies).toBeGreaterThan(50);
    expect(plainAbstract('')).toBe(parsedAbstract(''));
  });
});
