/**
 * A paper's own BibTeX file (`/publications/<slug>.bib`): its entry exactly as in
 * `/publications.bib`, with the same citation key and the paper page's URL.
 */
import { toBibtex } from '../citations/bibtex.ts';
import type { PublicationView } from '../publication-view.ts';
import { absolutePaperUrl, type SiteLocation } from './site-urls.ts';

export function paperBibtex(publication: PublicationView, citationKey: string | undefined, location: SiteLocation) {
  return toBibtex(publication, {
    url: absolutePaperUrl(location, publication.slug),
    ...(citationKey ? { key: citationKey } : {}),
  });
}
