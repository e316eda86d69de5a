import { describe, expect, it } from 'vitest';
import { documentFormats } from '../../../scripts/ingest/formats/index.ts';
import { readDocuments } from '../../../scripts/ingest/stages/read-documents.ts';

const read = (text: string) => readDocuments([{ name: 'abstracts.txt', bytes: new TextEncoder().encode(text) }], documentFormats).documents[0];

describe('TeX in formats whose parsers leave it as written', () => {
  it('decodes commands in an abstract list, keeping paragraphs and math', () => {
    const document = read("Abstract: We bound R\\'{e}nyi divergences at \\emph{every} order, $O(\\sqrt{T})$.\n\nA second paragraph by Erd\\H{o}s.\n");
    expect(document?.format).toBe('abstract-list');
    expect(document?.records[0]?.abstract).toBe('We bound Rényi divergences at every order, $O(\\sqrt{T})$.\n\nA second paragraph by Erdős.');
  });

  it('leaves braces and angle brackets alone in text without a TeX command', () => {
    const abstract = 'A <Component prop={1} /> and a set {a, b} in plain text.';
    expect(read(`Abstract: ${abstract}\n`)?.records[0]?.abstract).toBe(abstract);
  });
});
