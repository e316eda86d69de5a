/**
 * Draws the papers' social cards on a thread of its own, for the social-images integration.
 *
 * The work is mostly on sharp's threads either way, but reading the collection's files and
 * starting a thousand sharp pipelines took about 1.1 s of the main thread's 8.5 s in a 1,000-paper
 * build, and the main thread, which renders the pages, is what a build waits for.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { drawCollection, type DrawnCard } from './social-images.ts';

const { folder, outDir } = workerData as { folder: string; outDir: string };
const drawn: DrawnCard[] = await drawCollection(folder, outDir);
// Errors do not survive structured cloning with their class; their messages are what is reported.
parentPort?.postMessage(
  drawn.map((entry) => ('error' in entry ? { ...entry, error: { message: entry.error.message } } : entry)),
);
