/**
 * The formats the ingest understands, in detection order: the first whose `detect` accepts a
 * document parses it. More specific formats come first, so a generic one never shadows them
 * (a trending page's abstracts may mention arXiv ids; a glued stream is any text with ids). The answers
 * of services (Scholar dumps, ORCID, OpenAlex, Semantic Scholar: JSON; DBLP: XML) come before the
 * text formats, which could find an arXiv id in them; each detector asks for what only its
 * service writes.
 * Adding a format means one new file in this folder and one line here.
 */
import type { DocumentFormat } from '../model.ts';
import { abstractList } from './abstract-list.ts';
import { arxivAtom } from './arxiv-atom.ts';
import { arxivListing } from './arxiv-listing.ts';
import { bibtex } from './bibtex.ts';
import { dblpPerson } from './dblp-person.ts';
import { gluedAbstractStream } from './glued-abstract-stream.ts';
import { openAlexWorks } from './openalex-works.ts';
import { orcidWorks } from './orcid-works.ts';
import { profilePage } from './profile-page.ts';
import { scholarProfile } from './scholar-profile.ts';
import { semanticScholarPapers } from './semantic-scholar-papers.ts';
import { trendingPage } from './trending-page.ts';

export const documentFormats: readonly DocumentFormat[] = [
  arxivAtom,
  bibtex,
  scholarProfile,
  orcidWorks,
  openAlexWorks,
  semanticScholarPapers,
  dblpPerson,
  trendingPage,
  profilePage,
  arxivListing,
  gluedAbstractStream,
  abstractList,
];
