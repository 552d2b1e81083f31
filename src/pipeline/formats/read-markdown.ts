import { metadataDate } from './metadata-date.ts';
import { webUrl } from './page-metadata.ts';
import { yamlModule } from './parsers.ts';
import { NO_METADATA, type ReadOutcome } from './release.ts';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/;

/**
 * A Markdown note → one release. Optional YAML front matter between `---` lines gives `title`
 * (put on the first line when the body does not start with it), `date` (the release's date when
 * the text has no dateline), `url`, and any fact to fix (`set`, `remove`, `note`, as in
 * corrections.yaml). The body is kept as written: the extractors read markdown marks as in .txt.
 */
export function readMarkdown(name: string, source: string): ReadOutcome {
  const match = FRONT_MATTER.exec(source);
  if (!match) return { release: { name, text: source, metadata: NO_METADATA, warnings: [] } };
  const { LineCounter, parseDocument } = yamlModule();
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1] ?? '', { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const line = lineCounter.linePos(error.pos[0]).line + 1;
    return { rejected: { name, reason: `${name}: line ${line}: the front matter is not valid YAML (${error.message.split('\n')[0]}): expected 'key: value' lines between '---' lines`, line } };
  }
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data) || data === null) {
    return { rejected: { name, reason: `${name}: line 2: the front matter must be 'key: value' lines (title, date, url)`, line: 2 } };
  }
  const { title, date, url, ...fix } = data as Record<string, unknown>;
  const warnings: string[] = [];
  const publishedDate = metadataDate(typeof date === 'string' ? date : date instanceof Date ? date.toISOString() : null);
  if (date !== undefined && publishedDate === null) warnings.push(`${name}: the front matter date '${String(date)}' is not a day (expected YYYY-MM-DD); it was ignored`);
  const link = typeof url === 'string' ? webUrl(url, /^https?:$/) : null;
  if (url !== undefined && link === null) warnings.push(`${name}: the front matter url '${String(url)}' is not an http(s) address; it was ignored`);
  const body = source.slice(match[0].length).replace(/^\n+/, '');
  const heading = typeof title === 'string' ? title.trim() : '';
  const firstLine = body.split('\n', 1)[0]!.replace(/^#+\s*/, '').trim();
  const text = heading !== '' && firstLine !== heading ? `${heading}\n${body}` : body;
  return {
    release: {
      name,
      text,
      metadata: { publishedDate, publishedFrom: publishedDate ? `the front matter date '${String(date)}'` : null, url: link, imageUrl: null },
      warnings,
      ...(Object.keys(fix).length > 0 ? { frontMatterFix: { value: fix, line: 2 } } : {}),
    },
  };
}
