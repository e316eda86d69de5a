/**
 * A bibliography of invented researchers in several fields, written to be hard on exports: given
 * names that start with a letter outside ASCII (Ø, Ł, É, Æ, Þ), particles, suffixes, Yoruba tone
 * marks, math and LaTeX specials in titles, one work of every type, truncated author lists. The BibTeX
 * typesetting test and the citeproc test both run on it. (Scripts without a LaTeX command, such as
 * CJK, or Vietnamese's horned ư and ơ, are left out: pdflatex's default fonts cannot set them, whatever
 * the export writes.)
 */
import type { PublicationView } from '../../src/lib/publication-view.ts';
import { makePublication } from './publication-fixtures.ts';

export const hardBibliography: PublicationView[] = [
  makePublication({
    slug: 'regret',
    type: 'conference',
    title: 'Achieving $\\mathcal{O}(\\sqrt{T})$ Regret in $\\epsilon$-Greedy Bandits',
    authors: ['Øystein Berg', 'Łucja Łukasiewicz', 'Élodie del Río'],
    authorsTruncated: true,
    venue: 'Proceedings of the Invented Conference on Learning',
    pages: '233-241',
    publisher: 'PMLR',
    date: '2024-07-21',
    arxiv: '2403.01234',
    category: 'cs.LG',
    abstract: 'We show regret $O(\\sqrt{T})$ when $x<y$ & costs rise 50% (a <b>bold</b> claim).',
  }),
  makePublication({
    slug: 'sediments',
    type: 'article',
    title: 'Sediment Transport in Fjords: A Case for Þingvellir',
    authors: ['Ægir Þórsson', 'Søren Ångström', 'Jane Roe Jr.'],
    venue: 'Journal of Invented Geology',
    volume: '12',
    issue: '3',
    pages: '101-115',
    publisher: 'Invented Press',
    date: '2023-02',
    doi: '10.1234/jig.2023.012',
  }),
  makePublication({
    slug: 'tones',
    type: 'preprint',
    title: 'Tone Marks & Diacritics: Ìfẹ́olúwa’s Corpus of Yorùbá Speech',
    authors: ['Ìfẹ́olúwa Adébáyọ̀', 'Zoë Ní Bhriain', 'Çağla Öztürk'],
    venue: 'Under review',
    arxiv: '2501.04321',
    category: 'cs.CL',
    date: '2025-01',
  }),
  makePublication({
    slug: 'thesis',
    type: 'thesis',
    title: 'Essays on the $L^2$ Theory of Étale Cohomology',
    authors: ['Ðorđe Marković'],
    institution: 'Université de Montréal',
    date: '2022',
  }),
  makePublication({
    slug: 'handbook',
    type: 'chapter',
    title: 'Coral Reefs under #Heat_Waves ~ a Review',
    authors: ['Ngaio Te Whata', 'María José García-Márquez'],
    venue: 'Handbook of Invented Marine Ecology',
    editors: ['Astrid van den Broek', 'Pål Øverli'],
    publisher: 'Springer',
    pages: '45-67',
    isbn: '978-3-16-148410-0',
    date: '2021',
  }),
  makePublication({
    slug: 'report',
    type: 'report',
    title: 'A {Curly} Report on 100% of ^Carets^ and \\Backslashes',
    authors: ['Ōta Haruki', 'Đặng Thị Hà'],
    institution: 'Invented Institute of Technology',
    issue: 'IIT-TR-2020-07',
    date: '2020-11',
  }),
  makePublication({
    slug: 'book',
    type: 'book',
    title: 'Fünf Vorlesungen über Mechanik',
    authors: ['Grete Müller-Lüdenscheidt'],
    publisher: 'Erfundener Verlag',
    isbn: '978-0-00-000000-2',
    date: '2019',
  }),
  makePublication({
    slug: 'anonymous',
    title: 'Field Notes Without an Author',
    authors: [],
    venue: 'Invented Workshop Notes',
    date: '2018-04',
  }),
];
