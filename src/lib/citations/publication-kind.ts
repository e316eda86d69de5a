/**
 * What kind of publication a venue string describes, for BibTeX entry types and CSL types.
 *
 * Venues come as free text from documents ("ICML 2025", "Findings of ACL", "IEEE Transactions on
 * ...", "Under review"), so this is a heuristic: conference words and well-known conference acronyms
 * mean proceedings; "under review" and arXiv mean a preprint; anything else is read as a journal.
 */
import type { PublicationView } from '../publication-view.ts';

export type PublicationKind = 'conference' | 'journal' | 'preprint';

const preprintWords =
  /\b(arxiv|preprint|under review|in submission|submitted|manuscript|working paper|in preparation)\b/i;
// Journals whose names say "Proceedings".
const proceedingsJournals =
  /\b(national academy of sciences|PNAS|VLDB endowment|PVLDB|royal society|proceedings of the IEEE)\b/i;
const journalWords = /\b(journal|transactions|letters|magazine|review|annals|quarterly)\b/i;
const conferenceWords =
  /\b(conference|proceedings|proc\.|workshops?|symposium|congress|colloquium|meeting|summit|findings)\b/i;
// Conferences that venues name by acronym alone. Journals with acronyms (TMLR, JMLR, TACL) are absent.
// prettier-ignore
const conferenceAcronyms = new RegExp(
  '\\b(' +
    [
      'NeurIPS', 'NIPS', 'ICML', 'ICLR', 'AAAI', 'IJCAI', 'UAI', 'AISTATS', 'COLT', 'ACL', 'EMNLP', 'NAACL',
      'EACL', 'AACL', 'COLING', 'CoNLL', 'LREC', 'IJCNLP', 'CVPR', 'ICCV', 'ECCV', 'WACV', 'BMVC', 'MICCAI',
      'KDD', 'WSDM', 'SIGIR', 'CIKM', 'ECIR', 'RecSys', 'ICDM', 'SDM', 'WWW', 'SIGMOD', 'VLDB', 'ICDE', 'CHI',
      'UIST', 'CSCW', 'ICASSP', 'Interspeech', 'ICRA', 'IROS', 'CoRL', 'SOSP', 'OSDI', 'NSDI', 'CCS', 'FOCS',
      'STOC', 'SODA', 'ICSE', 'FSE', 'PLDI', 'POPL', 'ASPLOS', 'ISCA', 'MICRO', 'HPCA', 'SIGGRAPH', 'MLSys',
    ].join('|') +
    ')\\b',
);

export function publicationKind(publication: Pick<PublicationView, 'venue' | 'arxiv'>): PublicationKind {
  const venue = publication.venue;
  if (!venue || preprintWords.test(venue)) return 'preprint';
  if (proceedingsJournals.test(venue)) return 'journal';
  // Journal words win over conference acronyms: "IEEE Transactions on … (TPAMI)" is a journal.
  if (journalWords.test(venue) && !conferenceWords.test(venue)) return 'journal';
  if (conferenceWords.test(venue) || conferenceAcronyms.test(venue)) return 'conference';
  return 'journal';
}
