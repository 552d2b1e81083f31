// npm run export -- --format csv|geojson [--out FILE] [--data DIR] [--country AF --role expert --from 2010-01-01 …]:
// the events the app would show for the same URL parameters, as CSV or GeoJSON, so a script gets
// what the screen shows. It reads the app's files the build already wrote (`public/data/app/`),
// selects with the app's own pure code (URL parsing, facets, selectEvents, the search matcher) and
// writes with the export library the app's Export control uses: the same bytes as a download.
import { buildIndexes } from '../app/dataset/build-indexes.ts';
import { createSearchMatcher } from '../app/dataset/search-matcher.ts';
import { parseViewState } from '../app/view/parse-view-state.ts';
import { selectEvents } from '../app/view/select-events.ts';
import { exportFile, EXPORT_FORMATS, type ExportFormat } from '../export/export-file.ts';
import { EventChunk, SEARCH_FILE, SUMMARY_FILE, SearchIndex, SearchShard, Summary, chunkFile, searchShardFile } from '../schema/app-files.ts';
import type { AtlasEvent } from '../schema/dataset.ts';
import { describeIssues } from '../schema/parse-dataset.ts';

export const USAGE = 'usage: npm run export -- --format csv|geojson [--out FILE] [--data public/data] [--country AF --role expert --from 2010-01-01 …]';

/** What the command touches: files by path (relative to the data folder for the app's files), and its two outputs. */
export interface ExportIo {
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
}

class ExportError extends Error {}

/** Runs the command with `argv` (after the script name); returns the exit code: 0, or 2 for a usage or data error. */
export function runExport(argv: readonly string[], io: ExportIo): number {
  try {
    const options = parseOptions(argv);
    const format = options.get('format');
    if (!EXPORT_FORMATS.includes(format as ExportFormat)) throw new ExportError(`--format must be csv or geojson\n${USAGE}`);
    const dataDir = options.get('data') ?? 'public/data';
    const read = <T>(file: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: import('zod').ZodError } }): T => {
      const path = `${dataDir}/${file}`;
      let json: unknown;
      try {
        json = JSON.parse(io.readFile(path));
      } catch (error) {
        throw new ExportError(`cannot read ${path} (run npm run data): ${error instanceof Error ? error.message : String(error)}`);
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) throw new ExportError(`${path} is not what the build writes: ${describeIssues(parsed.error)[0]} (run npm run data)`);
      return parsed.data;
    };
    const summary = read(SUMMARY_FILE, Summary);
    const indexes = buildIndexes(summary);
    const view = parseViewState(new URLSearchParams([...options].filter(([k]) => !['format', 'out', 'data'].includes(k))));
    let search = null;
    if (view.q.trim() !== '') {
      const matcher = createSearchMatcher(read(SEARCH_FILE, SearchIndex));
      // Only the shards the query's words are in, as the app fetches them.
      for (const k of matcher.missingShards(view.q)) matcher.addShard(read(searchShardFile(k), SearchShard));
      search = matcher.match(view.q);
    }
    const selected = selectEvents(indexes, view, search).events;
    const chunks = new Map<number, Map<string, AtlasEvent>>();
    const items = selected.map((s) => {
      const at = indexes.byId.get(s.id)!;
      const k = indexes.events[at]!.chunk;
      let chunk = chunks.get(k);
      if (!chunk) chunks.set(k, (chunk = new Map(read(chunkFile(k), EventChunk).events.map((e) => [e.id, e]))));
      return { event: chunk.get(s.id)!, bodies: indexes.organizersAt(at) };
    });
    const { text } = exportFile(items, format as ExportFormat);
    const out = options.get('out');
    if (out) io.writeFile(out, text);
    else io.stdout(text);
    io.stderr(`${items.length} of ${summary.count} events as ${format}${out ? ` → ${out}` : ''}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    io.stderr(`${error.message}\n`);
    return 2;
  }
}

function parseOptions(argv: readonly string[]): Map<string, string> {
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i]!;
    const value = argv[i + 1];
    if (!name.startsWith('--') || value === undefined) throw new ExportError(`expected --name value pairs, got '${name}'\n${USAGE}`);
    options.set(name.slice(2), value);
  }
  return options;
}
