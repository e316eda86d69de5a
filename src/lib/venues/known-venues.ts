/**
 * Well-known venues, as people cite them. Data only: one line per venue, so adding one is adding a
 * line. `match` is a phrase of the full name, lowercase, compared on words (so "Proceedings of the
 * 62nd Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)" is
 * ACL). The first match wins, so a name that contains another's phrase comes first (NAACL before ACL).
 * `cite: 'volume'` marks journals cited by volume ("Phys. Rev. B 91") rather than year.
 *
 * A venue that is in no row and gives no acronym in parentheses is shown as the source wrote it:
 * short names are never made by dropping words.
 */
export interface KnownVenue {
  short: string;
  match: string;
  cite?: 'year' | 'volume';
}

export const knownVenues: readonly KnownVenue[] = [
  // Machine learning and AI
  { short: 'NeurIPS', match: 'neural information processing systems' },
  { short: 'ICML', match: 'international conference on machine learning' },
  { short: 'ICLR', match: 'international conference on learning representations' },
  { short: 'AISTATS', match: 'international conference on artificial intelligence and statistics' },
  { short: 'UAI', match: 'conference on uncertainty in artificial intelligence' },
  { short: 'COLT', match: 'conference on learning theory' },
  { short: 'AAAI', match: 'aaai conference on artificial intelligence' },
  { short: 'IJCAI', match: 'international joint conference on artificial intelligence' },
  { short: 'TMLR', match: 'transactions on machine learning research' },
  { short: 'JMLR', match: 'journal of machine learning research' },
  // Natural language processing
  { short: 'NAACL', match: 'north american chapter of the association for computational linguistics' },
  { short: 'EACL', match: 'european chapter of the association for computational linguistics' },
  { short: 'Findings of ACL', match: 'findings of the association for computational linguistics' },
  { short: 'ACL', match: 'annual meeting of the association for computational linguistics' },
  { short: 'EMNLP', match: 'empirical methods in natural language processing' },
  { short: 'COLING', match: 'international conference on computational linguistics' },
  { short: 'TACL', match: 'transactions of the association for computational linguistics' },
  // Vision, data, web, information retrieval
  { short: 'CVPR', match: 'conference on computer vision and pattern recognition' },
  { short: 'ICCV', match: 'international conference on computer vision' },
  { short: 'ECCV', match: 'european conference on computer vision' },
  { short: 'KDD', match: 'knowledge discovery and data mining' },
  { short: 'SIGIR', match: 'research and development in information retrieval' },
  { short: 'WWW', match: 'the web conference' },
  { short: 'WSDM', match: 'web search and data mining' },
  { short: 'CIKM', match: 'conference on information and knowledge management' },
  // Journals cited by volume
  { short: 'Phys. Rev. Lett.', match: 'physical review letters', cite: 'volume' },
  { short: 'Phys. Rev. A', match: 'physical review a', cite: 'volume' },
  { short: 'Phys. Rev. B', match: 'physical review b', cite: 'volume' },
  { short: 'Phys. Rev. C', match: 'physical review c', cite: 'volume' },
  { short: 'Phys. Rev. D', match: 'physical review d', cite: 'volume' },
  { short: 'Phys. Rev. E', match: 'physical review e', cite: 'volume' },
  { short: 'Phys. Rev. X', match: 'physical review x', cite: 'volume' },
  { short: 'Proc. Natl. Acad. Sci. USA', match: 'proceedings of the national academy of sciences', cite: 'volume' },
  { short: 'J. Am. Chem. Soc.', match: 'journal of the american chemical society', cite: 'volume' },
  { short: 'Astrophys. J.', match: 'the astrophysical journal', cite: 'volume' },
];
