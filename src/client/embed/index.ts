/**
 * The entry point of `embed.js`. The build wraps the bundle in a function whose parameter is this
 * site's data (see `src/lib/exports/embed-script.ts`), so the script needs no request of its own and
 * works from any static host, on any origin.
 */
import type { EmbedData } from './data.ts';
import { definePublicationList } from './publication-list.ts';

declare const __PUBLICATION_DATA__: EmbedData;

definePublicationList(__PUBLICATION_DATA__);
