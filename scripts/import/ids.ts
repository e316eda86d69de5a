/**
 * The ids each service is asked with, read from what people paste: a bare id or the profile's URL.
 * An id that cannot be right is refused before any request, with the form expected.
 */

export type IdReading = { ok: true; id: string } | { ok: false; message: string };

/** `0000-0002-1825-0097` or `https://orcid.org/0000-0002-1825-0097`, its check digit verified (ISO 7064 11,2). */
export function readOrcid(argument: string): IdReading {
  const id = /^(?:https?:\/\/(?:www\.)?orcid\.org\/)?(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\/?$/i.exec(argument.trim())?.[1]?.toUpperCase();
  if (!id) return { ok: false, message: `“${argument}” is not an ORCID iD; expected 16 digits in four groups, such as 0000-0002-1825-0097.` };
  const digits = id.replace(/-/g, '');
  let total = 0;
  for (const digit of digits.slice(0, -1)) total = (total + Number(digit)) * 2;
  const check = (12 - (total % 11)) % 11;
  const expected = check === 10 ? 'X' : String(check);
  return digits.at(-1) === expected ? { ok: true, id } : { ok: false, message: `“${argument}” is not an ORCID iD: its last digit should be ${expected}. Check for a typo.` };
}

/** `A5023888391`, `https://openalex.org/A5023888391`, or an ORCID iD (the author with that ORCID). */
export function readOpenAlexAuthor(argument: string): IdReading {
  const id = /^(?:https?:\/\/(?:api\.)?openalex\.org\/(?:authors\/)?)?(A\d{4,})\/?$/i.exec(argument.trim())?.[1]?.toUpperCase();
  if (id) return { ok: true, id };
  const orcid = readOrcid(argument);
  if (orcid.ok) return orcid;
  return { ok: false, message: `“${argument}” is not an OpenAlex author id (A followed by digits, such as A5023888391) or an ORCID iD.` };
}

/** `271/4410`, `https://dblp.org/pid/271/4410.html` (the person page's address), or its `.xml`. */
export function readDblpPid(argument: string): IdReading {
  const id = /^(?:https?:\/\/dblp\.(?:org|uni-trier\.de)\/pid\/)?([a-z0-9]+\/[a-z0-9-]+)(?:\.(?:html|xml|bib))?\/?$/i.exec(argument.trim())?.[1];
  return id ? { ok: true, id } : { ok: false, message: `“${argument}” is not a DBLP person id; expected the pid from the person page's address, such as 271/4410 (https://dblp.org/pid/271/4410.html).` };
}

/** `1741101` or `https://www.semanticscholar.org/author/Jane-Doe/1741101`. */
export function readSemanticScholarAuthor(argument: string): IdReading {
  const id = /^(?:https?:\/\/(?:www\.)?semanticscholar\.org\/author\/(?:[^/]+\/)?)?(\d+)\/?$/.exec(argument.trim())?.[1];
  return id ? { ok: true, id } : { ok: false, message: `“${argument}” is not a Semantic Scholar author id; expected the number at the end of the author page's address, such as 1741101.` };
}
