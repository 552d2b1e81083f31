import type { Span } from '../../../schema/dataset.ts';

export interface Segment {
  start: number;
  end: number;
  /** Inside some extracted fact's span. */
  marked: boolean;
  /** Inside one of the spans the reader asked to see. */
  active: boolean;
}

const covers = (spans: readonly Span[], start: number, end: number) => spans.some((s) => s.start <= start && s.end >= end && s.end > s.start);

/** Cuts the text at every span edge, so overlapping facts still highlight cleanly. */
export function highlightSegments(length: number, spans: readonly Span[], active: readonly Span[]): Segment[] {
  const cuts = new Set([0, length]);
  for (const s of [...spans, ...active]) {
    if (s.start < length) cuts.add(s.start);
    if (s.end <= length) cuts.add(s.end);
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const [start, end] = [edges[i]!, edges[i + 1]!];
    if (end <= start) continue;
    segments.push({ start, end, marked: covers(spans, start, end), active: covers(active, start, end) });
  }
  return segments;
}
