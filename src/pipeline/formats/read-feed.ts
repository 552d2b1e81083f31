import { htmlBlocks } from './html-blocks.ts';
import { parseHTML, xmlParser } from './parsers.ts';
import { metadataDate } from './metadata-date.ts';
import { webUrl } from './page-metadata.ts';
import type { ReadOutcome } from './release.ts';

type Node = Record<string, unknown>;

let parser: InstanceType<ReturnType<typeof xmlParser>['XMLParser']> | undefined;
const PARSER_OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  // Entities are expanded from the document's own table only; nothing external is ever read.
  processEntities: true,
  htmlEntities: true,
  isArray: (name: string) => name === 'item' || name === 'entry' || name === 'link',
  parseTagValue: false,
  trimValues: true,
};

/**
 * An RSS 2.0 or Atom feed → one release per item, named `feed-file#guid` (the guid, Atom id or
 * link; the item's position when it has none): its title on the first line, then its content
 * (HTML reduced to text, never run); `pubDate`/`published`/`updated` is the release's date when
 * the text has no dateline. An item with no title or no text is rejected on its own; a file
 * that is not well-formed XML is rejected with the line.
 */
export function readFeed(name: string, xml: string): ReadOutcome[] {
  const { XMLParser, XMLValidator } = xmlParser();
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const line = valid.err.line;
    return [{ rejected: { name, reason: `${name}: line ${line}: not well-formed XML (${valid.err.msg}): expected an RSS 2.0 or Atom feed`, line } }];
  }
  const doc = (parser ??= new XMLParser(PARSER_OPTIONS)).parse(xml) as Node;
  const rss = doc['rss'] as Node | undefined;
  const channel = (rss?.['channel'] ?? (doc['rdf:RDF'] as Node | undefined)) as Node | undefined;
  const atom = doc['feed'] as Node | undefined;
  const items = (channel?.['item'] ?? (doc['rdf:RDF'] as Node | undefined)?.['item'] ?? atom?.['entry']) as Node[] | undefined;
  if (!Array.isArray(items)) {
    return [{ rejected: { name, reason: `${name}: expected an RSS 2.0 <channel> with <item>s or an Atom <feed> with <entry>s`, line: 1 } }];
  }
  if (items.length === 0) return [{ rejected: { name, reason: `${name}: the feed has no items`, line: null } }];
  const seen = new Set<string>();
  return items.map((item, i) => readItem(name, item, i, seen));
}

function readItem(file: string, item: Node, index: number, seen: Set<string>): ReadOutcome {
  const link = itemLink(item);
  let key = text(item['guid']) ?? text(item['id']) ?? link ?? `item-${index + 1}`;
  if (seen.has(key)) key = `${key}-${index + 1}`;
  seen.add(key);
  const name = `${file}#${key}`;
  const title = plain(text(item['title']));
  const content = text(item['content:encoded']) ?? text(item['content']) ?? text(item['description']) ?? text(item['summary']);
  const body = content === null ? [] : htmlBlocks(parseHTML(`<!doctype html><html><body>${content}</body></html>`).document.body);
  if (!title) return { rejected: { name, reason: `${name}: item ${index + 1} of the feed has no title: expected <title>`, line: null } };
  const paragraphs = body[0] === title ? body.slice(1) : body;
  if (paragraphs.length === 0) return { rejected: { name, reason: `${name}: item ${index + 1} ('${title}') has no text: expected <description>, <content> or <summary>`, line: null } };
  const written = text(item['pubDate']) ?? text(item['published']) ?? text(item['dc:date']) ?? text(item['updated']);
  const publishedDate = metadataDate(written);
  const warnings = written !== null && publishedDate === null ? [`${name}: the item's date '${written}' is not a day; it was ignored`] : [];
  return {
    release: {
      name,
      text: `${title}\n${paragraphs.join('\n')}\n`,
      metadata: { publishedDate, publishedFrom: publishedDate ? `the feed item's date '${written}'` : null, url: link, imageUrl: null },
      warnings,
    },
  };
}

/** The element's text whether it came as a string or as an object with attributes; null when empty. */
function text(value: unknown): string | null {
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || null;
  if (value && typeof value === 'object') return text((value as Node)['#text']);
  return null;
}

/** An entity-escaped title may still carry markup ("<b>…</b>"): its text only. */
function plain(value: string | null): string | null {
  if (value === null) return null;
  return htmlBlocks(parseHTML(`<!doctype html><html><body><p>${value}</p></body></html>`).document.body).join(' ') || null;
}

/** RSS <link>text</link>, or Atom <link rel="alternate" href>; http(s) only. */
function itemLink(item: Node): string | null {
  const links = (item['link'] as unknown[] | undefined) ?? [];
  for (const link of links) {
    if (typeof link === 'string') return webUrl(link, /^https?:$/);
    const attrs = link as Node;
    const rel = attrs['@rel'];
    if (typeof attrs['@href'] === 'string' && (rel === undefined || rel === 'alternate')) return webUrl(attrs['@href'], /^https?:$/);
  }
  return null;
}
