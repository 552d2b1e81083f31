import type { CSSProperties } from 'react';
import { FLAG_SPRITE } from './flag-sprite-grid.ts';
import { FLAG_SPRITE_CELLS } from './flag-sprite-cells.ts';

// Flags are cells of one raster sprite (flag-sprite.png, drawn from country-flag-icons' SVGs by
// scripts/generate-flag-sprite.ts), shown as the background of a span: the image is fetched and
// decoded once, and a row showing another country only moves its background. An <img> of an SVG
// per flag was a fetch, an SVG document and a vector paint for each of the rows a filter step
// rewrote: with the event list in sight, about a quarter of a step's main-thread time.
// Emoji flags are two letters on Windows and boxes on Linux without an emoji font.
const CELL = new Map<string, number>(Array.from({ length: FLAG_SPRITE_CELLS.length / 2 }, (_, i) => [FLAG_SPRITE_CELLS.slice(2 * i, 2 * i + 2), i]));

// The flag fills the span (1.125em × 0.75em, see .flag), so the sprite is sized and moved in
// flag widths and heights: a cell is a flag plus its gutter.
const { columns, flagWidth, flagHeight, gutter } = FLAG_SPRITE;
const PITCH_X = (flagWidth + gutter) / flagWidth;
const PITCH_Y = (flagHeight + gutter) / flagHeight;
const ROWS = Math.ceil(CELL.size / columns);
const styles: CSSProperties[] = [];

function cellStyle(i: number): CSSProperties {
  return (styles[i] ??= {
    backgroundSize: `${columns * PITCH_X * 1.125}em ${ROWS * PITCH_Y * 0.75}em`,
    backgroundPosition: `${-(i % columns) * PITCH_X * 1.125}em ${-Math.floor(i / columns) * PITCH_Y * 0.75}em`,
  });
}

/** The flag of `code` ("AF") as a decorative image beside the country's name; nothing for codes without one. */
export function CountryFlag({ code }: { code: string }) {
  const i = CELL.get(code);
  if (i === undefined) return null;
  return <span className="flag" aria-hidden="true" style={cellStyle(i)} />;
}
