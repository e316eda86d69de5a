/** The part of citation-js's API the tests use; the packages ship no type declarations. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: 'bibliography', options: { format: 'text'; template: string; lang: string }): string;
  }
}
declare module '@citation-js/plugin-csl';
