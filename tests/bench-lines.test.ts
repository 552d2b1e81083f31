import { describe, expect, it } from 'vitest';
import { parseBenchLines, renderFiguresTable, replaceBetweenMarkers } from '../bench/bench-lines.ts';

describe('benchmark output lines', () => {
  it('keeps only `name: value unit` figures, lower bounds included', () => {
    const out = [
      '10000 releases → 10000 events per run',
      'build.releases_per_s: 2150',
      'app.filter_p50_ms: 4.2 ms',
      'app.naive_first_view_ms: >60000 ms',
      'note: not a figure',
      'app.play_fps: abc',
    ].join('\n');
    expect(parseBenchLines(out)).toEqual([
      { name: 'build.releases_per_s', value: '2150', unit: '' },
      { name: 'app.filter_p50_ms', value: '4.2', unit: 'ms' },
      { name: 'app.naive_first_view_ms', value: '>60000', unit: 'ms' },
    ]);
  });

  it('writes the table between the README markers and nowhere else', () => {
    const readme = 'intro\n<!-- bench:start -->\nold\n<!-- bench:end -->\noutro\n';
    const table = renderFiguresTable([{ name: 'app.filter_p50_ms', value: '>4.2', unit: 'ms' }], {
      date: '2026-11-23',
      machine: '2 cores',
    });
    expect(replaceBetweenMarkers(readme, table)).toBe(
      'intro\n<!-- bench:start -->\nMeasured 2026-11-23 on 2 cores, by `npm run bench -- --readme`:\n\n' +
        '| figure | value | unit |\n|---|---:|---|\n| `app.filter_p50_ms` | &gt;4.2 | ms |\n<!-- bench:end -->\noutro\n',
    );
  });

  it('refuses a README without the markers instead of appending somewhere', () => {
    expect(() => replaceBetweenMarkers('no markers', 'x')).toThrow(/bench:start/);
  });
});
