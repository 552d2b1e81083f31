/**
 * What a reader hands the extractor: one release's normalised text (every span points into it,
 * and the app shows it) and what its container said about it outside the text.
 */
export interface ReleaseMetadata {
  /** `YYYY-MM-DD` from the page or feed (article:published_time, JSON-LD, pubDate …), null when none. */
  publishedDate: string | null;
  /** Where the date came from, for the derivation's reason ("article:published_time 2014-11-03T09:00+05:00"). */
  publishedFrom: string | null;
  /** The canonical URL of a saved page, a feed item's link, a Markdown `url`: http(s) only. */
  url: string | null;
  /** og:image, https only. */
  imageUrl: string | null;
}

export const NO_METADATA: ReleaseMetadata = { publishedDate: null, publishedFrom: null, url: null, imageUrl: null };

export interface Release {
  /** The seed file, or `feed-file#item-guid` for a feed item. */
  name: string;
  text: string;
  metadata: ReleaseMetadata;
  warnings: string[];
  /** A Markdown file's front matter minus title/date/url: a correction of this release, unchecked. */
  frontMatterFix?: { value: Record<string, unknown>; line: number };
}

export interface ReleaseRejection {
  name: string;
  reason: string;
  line: number | null;
}

export type ReadOutcome = { release: Release } | { rejected: ReleaseRejection };

export const SEED_FORMATS = ['text', 'markdown', 'html', 'feed'] as const;
export type SeedFormat = (typeof SEED_FORMATS)[number];
