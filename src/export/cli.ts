// npm run export -- --format csv|geojson [--out FILE] [--data FILE] [--country AF --role expert --from 2010-01-01 …]:
// the events the app would show for the same URL parameters, as CSV or GeoJSON, so a script gets
// what the screen shows. Every option other than --format, --out and --data is a parameter of the
// app's URL, parsed by the app's own parser (invalid values are dropped, as in the app).
import { readFileSync, writeFileSync } from 'node:fs';
import { createLoadedSearchMatcher } from '../app/dataset/search-matcher.ts';
import { buildIndexes } from '../app/dataset/build-indexes.ts';
import { parseViewState } from '../app/view/parse-view-state.ts';
import { selectEvents } from '../app/view/select-events.ts';
import { encodeAppFiles } from '../pipeline/app-files/encode-app-files.ts';
import { parseDataset } from '../schema/parse-dataset.ts';
import { exportRecord } from './export-record.ts';
import { toCsv } from './to-csv.ts';
import { toGeoJson } from './to-geojson.ts';

const USAGE = 'usage: npm run export -- --format csv|geojson [--out FILE] [--data public/data/dataset.json] [--country AF --role expert --from 2010-01-01 …]';

function main(argv: readonly string[]): number {
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i]!;
    const value = argv[i + 1];
    if (!name.startsWith('--') || value === undefined) return fail(`expected --name value pairs, got '${name}'\n${USAGE}`);
    options.set(name.slice(2), value);
  }
  const format = options.get('format');
  if (format !== 'csv' && format !== 'geojson') return fail(`--format must be csv or geojson\n${USAGE}`);
  const dataFile = options.get('data') ?? 'public/data/dataset.json';
  const parsed = parseDataset(JSON.parse(readFileSync(dataFile, 'utf8')));
  if (!parsed.ok) return fail(`${dataFile} is not a valid dataset: ${parsed.problems[0]} (run npm run data)`);
  const files = encodeAppFiles(parsed.dataset);
  const params = new URLSearchParams([...options].filter(([k]) => !['format', 'out', 'data'].includes(k)));
  const view = parseViewState(params);
  const selection = selectEvents(buildIndexes(files.summary), view, createLoadedSearchMatcher(files.search, files.searchShards).match(view.q));
  const byId = new Map(parsed.dataset.events.map((e) => [e.id, e]));
  const items = selection.events.map((s) => {
    const event = byId.get(s.id)!;
    return { event, record: exportRecord(event, files.summary.organizers) };
  });
  const out = format === 'csv' ? toCsv(items.map((i) => i.record)) : `${JSON.stringify(toGeoJson(items), null, 2)}\n`;
  const file = options.get('out');
  if (file) writeFileSync(file, out);
  else process.stdout.write(out);
  process.stderr.write(`${items.length} of ${parsed.dataset.events.length} events as ${format}${file ? ` → ${file}` : ''}\n`);
  return 0;
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
