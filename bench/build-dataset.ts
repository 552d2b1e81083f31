// npm run bench:build — times the build step on 1,000 synthetic releases.
// The releases are the project's seeds varied in memory: each gets another city (a capital or
// regional seat from the gazetteer), other dates and another participant count, found through the
// extractor's own spans — no release text is written here. Prints `build.<metric>: N` lines,
// medians of RUNS runs, and the process's peak RSS.
import { readdirSync, readFileSync } from 'node:fs';
import { buildDataset, type SeedFile } from '../src/pipeline/build-dataset.ts';
import { extractEvent } from '../src/pipeline/extract/extract-event.ts';
import type { GazetteerRow } from '../src/pipeline/gazetteer/geonames-row.ts';
import { readGazetteer, readGeoNamesRows } from '../src/pipeline/gazetteer/load-gazetteer.ts';
import type { Gazetteer } from '../src/pipeline/gazetteer/place.ts';

const RELEASES = 1000;
const RUNS = 3;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WRITTEN_DATE = new RegExp(`\\b\\d{1,2} (${MONTHS.join('|')}) \\d{4}\\b`, 'g');

/** Deterministic, so every run of the benchmark builds the same corpus. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** One synthetic release: the seed with its venue, dates and count replaced. */
function vary(text: string, gazetteer: Gazetteer, city: GazetteerRow, next: () => number): string {
  const found = extractEvent(text, { file: 'template', gazetteer });
  let out = text;
  if (found.ok) {
    const { venue, provenance } = found.event;
    if (provenance.participantCount) {
      const { start, end } = provenance.participantCount;
      const count = out.slice(start, end).replace(/\d+/, String(10 + Math.floor(next() * 190)));
      out = `${out.slice(0, start)}${count}${out.slice(end)}`;
    }
    if (venue.city) {
      const written = new RegExp(venue.city.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
      out = out.replace(written, (m) => (m === m.toUpperCase() ? city.asciiName.toUpperCase() : city.asciiName));
    }
  }
  const year = 2004 + Math.floor(next() * 18);
  const month = MONTHS[Math.floor(next() * 12)]!;
  const day = 1 + Math.floor(next() * 28);
  return out.replace(WRITTEN_DATE, `${day} ${month} ${year}`);
}

function syntheticCorpus(gazetteer: Gazetteer): SeedFile[] {
  const templates = readdirSync('seeds').filter((n) => n.endsWith('.txt')).sort().map((n) => readFileSync(`seeds/${n}`, 'utf8'));
  const cities = [...readGeoNamesRows()].filter((r) => /^PPL(C|A)$/.test(r.featureCode) && r.population > 100_000);
  const next = random(42);
  return Array.from({ length: RELEASES }, (_, i) => {
    const text = vary(templates[i % templates.length]!, gazetteer, cities[Math.floor(next() * cities.length)]!, next);
    return { name: `bench_${String(i).padStart(4, '0')}.txt`, bytes: Buffer.from(text, 'utf8') };
  });
}

const loadMs: number[] = [];
let gazetteer: Gazetteer | undefined;
for (let run = 0; run < RUNS; run++) {
  gazetteer = undefined;
  gc();
  const started = performance.now();
  gazetteer = readGazetteer();
  loadMs.push(performance.now() - started);
}
const files = syntheticCorpus(gazetteer!);

const perSecond: number[] = [];
let events = 0;
for (let run = 0; run < RUNS; run++) {
  gc();
  const started = performance.now();
  const dataset = buildDataset(files, { gazetteer: gazetteer!, now: new Date(0) });
  perSecond.push(files.length / ((performance.now() - started) / 1000));
  events = dataset.events.length;
}

console.error(`${files.length} releases → ${events} events per run, ${RUNS} runs`);
console.log(`build.releases_per_s: ${Math.round(median(perSecond))}`);
console.log(`build.gazetteer_load_ms: ${Math.round(median(loadMs))}`);
console.log(`build.peak_rss_mb: ${Math.round(process.resourceUsage().maxRSS / 1024)}`);
