import type { Span } from '../../schema/dataset.ts';

export interface TitleMatch {
  value: string;
  span: Span;
  /** 1-based line of the title. */
  line: number;
}

const IMAGE_LINE = /^\s*!\[[^\]]*\]\([^)]*\)\s*$/;

/**
 * The title is the first non-empty line that is not an image, without markdown heading marks:
 * "## OSCE trains customs officers" → "OSCE trains customs officers". Null when there is none.
 */
export function extractTitle(text: string): TitleMatch | null {
  // Line by line up to the title (nearly always the first), not the whole text split into lines.
  for (let offset = 0, i = 0; ; i++) {
    const newline = text.indexOf('\n', offset);
    const raw = text.slice(offset, newline < 0 ? text.length : newline);
    const match = /^(\s*#{0,6}\s*)(.*?)\s*#*\s*$/.exec(raw);
    const value = match?.[2]?.trim() ?? '';
    if (value !== '' && !IMAGE_LINE.test(raw) && /[\p{L}\p{N}]/u.test(value)) {
      const start = offset + raw.indexOf(value, match![1]!.length);
      return { value, span: { start, end: start + value.length }, line: i + 1 };
    }
    if (newline < 0) return null;
    offset = newline + 1;
  }
}
