import { readSeed } from './read-seed.ts';
import { detectFormat } from './detect-format.ts';
import { readFeed } from './read-feed.ts';
import { readHtml } from './read-html.ts';
import { readMarkdown } from './read-markdown.ts';
import { NO_METADATA, type ReadOutcome } from './release.ts';

/**
 * A seed file's bytes → its releases (a feed gives one per item), each with the normalised text
 * spans point into, or rejections with reasons. The format is decided by content as well as name
 * (see detectFormat). Never throws for any input: a parser that gives up is a rejection.
 */
export function readReleases(name: string, bytes: Uint8Array, size?: number): ReadOutcome[] {
  const read = readSeed(bytes, name, size);
  if (!read.ok) return [{ rejected: { name, reason: read.reason, line: read.line } }];
  const format = detectFormat(name, read.text);
  const outcomes = parse(format, name, read.text);
  // Decoding warnings (Windows-1252 …) belong to every release the file holds.
  return read.warnings.length === 0
    ? outcomes
    : outcomes.map((o) => ('release' in o ? { release: { ...o.release, warnings: [...read.warnings, ...o.release.warnings] } } : o));
}

function parse(format: ReturnType<typeof detectFormat>, name: string, text: string): ReadOutcome[] {
  try {
    if (format === 'html') return [readHtml(name, text)];
    if (format === 'feed') return readFeed(name, text);
    if (format === 'markdown') return [readMarkdown(name, text)];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [{ rejected: { name, reason: `${name}: could not be read as ${format} (${message}): expected a saved web page, a feed or a Markdown note`, line: null } }];
  }
  return [{ release: { name, text, metadata: NO_METADATA, warnings: [] } }];
}
