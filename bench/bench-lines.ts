// The benchmarks' output contract: one `name: value unit` line per figure, e.g.
// `app.filter_p50_ms: 4.2 ms` or `app.naive_first_view_ms: >60000 ms` (a lower bound).

export interface BenchLine {
  name: string;
  /** As printed, so lower bounds (`>60000`) and rounding survive. */
  value: string;
  unit: string;
}

const LINE = /^([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+): ([<>]?-?\d+(?:\.\d+)?)(?: (\S+))?$/;

export function parseBenchLines(output: string): BenchLine[] {
  const lines: BenchLine[] = [];
  for (const raw of output.split(/\r?\n/)) {
    const m = LINE.exec(raw.trim());
    if (m) lines.push({ name: m[1]!, value: m[2]!, unit: m[3] ?? '' });
  }
  return lines;
}

export const START_MARKER = '<!-- bench:start -->';
export const END_MARKER = '<!-- bench:end -->';

export function renderFiguresTable(lines: readonly BenchLine[], at: { date: string; machine: string }): string {
  const rows = lines.map((l) => `| \`${l.name}\` | ${l.value.replace('>', '&gt;').replace('<', '&lt;')} | ${l.unit} |`);
  return [
    `Measured ${at.date} on ${at.machine}, by \`npm run bench -- --readme\`:`,
    '',
    '| figure | value | unit |',
    '|---|---:|---|',
    ...rows,
  ].join('\n');
}

/** Replaces what lies between the markers; the markers must already be in the text. */
export function replaceBetweenMarkers(text: string, body: string): string {
  const start = text.indexOf(START_MARKER);
  const end = text.indexOf(END_MARKER);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START_MARKER} … ${END_MARKER} block to fill`);
  return `${text.slice(0, start + START_MARKER.length)}\n${body}\n${text.slice(end)}`;
}
