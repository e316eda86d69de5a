/** Where everything the ingest reads and writes lives, relative to the project root. */
export const contentPaths = {
  sources: 'content/sources',
  publications: 'content/publications',
  profile: 'content/profile.yaml',
  /** The owner's MDX components (`Figure.astro`), for paper bodies and the About page. */
  components: 'content/components',
  /** The owner's introduction on the home page. */
  about: 'content/about.mdx',
  /** Dated news items, one Markdown file each. */
  news: 'content/news',
  topics: 'content/topics.yaml',
  /** The owner's corrections to record linkage: records that are, or are not, the same work. */
  merges: 'content/merges.yaml',
  /** The owner's CV in the JSON Resume schema; optional (no file, no CV page). */
  cv: 'content/cv.json',
  /** The owner's own pages: `<name>.mdx` becomes `/<name>/`. */
  pages: 'content/pages',
  /** What the ingest learned about the owner (name, stats), for the site. */
  siteData: 'content/generated/site.json',
  /**
   * What the ingest last wrote, so the next run can tell hand edits from its own output. It lives
   * inside the collection folder so that it is swapped in together with the files it describes.
   */
  state: 'content/publications/.ingest-state.json',
  /** The last run's summary, as JSON. */
  report: 'content/generated/ingest-report.json',
  /** A fingerprint of what the last run read and wrote: an ingest with nothing new stops early. */
  lastRun: 'content/generated/last-run.json',
} as const;
