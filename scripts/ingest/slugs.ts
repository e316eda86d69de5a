/**
 * Readable, unique, stable slugs. A publication keeps the slug it was first given for as long as it
 * exists (see `reconcile.ts`); only new publications get new ones, and never one already taken.
 * A new paper's slug is made from its title as readable text, never from its TeX:
 * "Achieving $\mathcal{O}(\sqrt{T})$ Regret" gives `achieving-o-t-regret`, not
 * `achieving-mathcal-o-sqrt-t-regret`, and Greek letters are spelled out (`epsilon-greedy`).
 */
import { texToText } from '../../src/lib/exports/tex-to-text.ts';

const maximumSlugLength = 60;

/** `"Déjà Vu: Learning $x^2$ Fast!"` → `deja-vu-learning-x-2-fast`, cut at a word boundary. */
export function slugify(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maximumSlugLength && slug) break;
    slug = next.slice(0, maximumSlugLength);
  }
  return slug;
}

// prettier-ignore
const greekNames: Record<string, string> = {
  α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', ϵ: 'epsilon', ζ: 'zeta', η: 'eta',
  θ: 'theta', ϑ: 'theta', ι: 'iota', κ: 'kappa', λ: 'lambda', μ: 'mu', ν: 'nu', ξ: 'xi', π: 'pi',
  ρ: 'rho', σ: 'sigma', τ: 'tau', υ: 'upsilon', φ: 'phi', ϕ: 'phi', χ: 'chi', ψ: 'psi', ω: 'omega',
  Γ: 'gamma', Δ: 'delta', Θ: 'theta', Λ: 'lambda', Ξ: 'xi', Π: 'pi', Σ: 'sigma', Φ: 'phi', Ψ: 'psi', Ω: 'omega',
};

/** A new paper's slug text: the title as readable text, Greek letters by name. */
export function titleSlug(title: string): string {
  const text = texToText(title).replace(/\p{Script=Greek}/gu, (letter) => ` ${greekNames[letter] ?? ''} `);
  return slugify(text);
}

/**
 * A slug for a new publication that no other publication holds: the title's slug, then with the
 * year, then with a counter.
 */
export function uniqueSlug(title: string, year: string | undefined, taken: ReadonlySet<string>): string {
  const base = titleSlug(title) || 'publication';
  const candidates = [base, ...(year ? [`${base}-${year}`] : [])];
  for (const candidate of candidates) if (!taken.has(candidate)) return candidate;
  for (let counter = 2; ; counter += 1) {
    const candidate = `${candidates.at(-1)}-${counter}`;
    if (!taken.has(candidate)) return candidate;
  }
}
