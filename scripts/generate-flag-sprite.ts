// npx tsx scripts/generate-flag-sprite.ts: draws every country's 3:2 flag of country-flag-icons (a
// dependency) into one PNG, src/app/helpers/flag-sprite.png, in headless Chromium, and writes the
// order of its cells to src/app/helpers/flag-sprite-cells.ts. One image, decoded once, is what a
// flag costs the app: an <img> of an SVG per flag was a fetch, an SVG document and a vector paint
// for every row a filter step rewrote. Rerun after upgrading country-flag-icons and look at the PNG.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { assertChromium } from '../tests/e2e/support/chromium-path.ts';
import { FLAG_SPRITE } from '../src/app/helpers/flag-sprite-grid.ts';

const DIR = 'node_modules/country-flag-icons/3x2';
const OUT = 'src/app/helpers';
// Countries only: the package's regional flags ('GB-ENG', 'BQ-BO') are not ISO 3166-1 codes.
const codes = readdirSync(DIR).filter((f) => /^[A-Z]{2}\.svg$/.test(f)).map((f) => f.slice(0, 2)).sort();
const { columns, flagWidth, flagHeight, gutter } = FLAG_SPRITE;
const rows = Math.ceil(codes.length / columns);
const sources = codes.map((code) => `data:image/svg+xml;base64,${readFileSync(join(DIR, `${code}.svg`)).toString('base64')}`);

const browser = await chromium.launch({ executablePath: assertChromium(), args: ['--no-sandbox', '--disable-gpu'], headless: true });
try {
  const page = await browser.newPage();
  const png = await page.evaluate(async ({ sources, columns, rows, w, h, gutter }) => {
    const canvas = document.createElement('canvas');
    canvas.width = columns * (w + gutter);
    canvas.height = rows * (h + gutter);
    const ctx = canvas.getContext('2d')!;
    await Promise.all(sources.map(async (src, i) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      ctx.drawImage(img, (i % columns) * (w + gutter), Math.floor(i / columns) * (h + gutter), w, h);
    }));
    return canvas.toDataURL('image/png');
  }, { sources, columns, rows, w: flagWidth, h: flagHeight, gutter });
  writeFileSync(join(OUT, 'flag-sprite.png'), Buffer.from(png.replace(/^data:image\/png;base64,/, ''), 'base64'));
} finally {
  await browser.close();
}
writeFileSync(join(OUT, 'flag-sprite-cells.ts'), `// Written by scripts/generate-flag-sprite.ts from country-flag-icons: do not edit.
/** The country codes of flag-sprite.png's cells, two letters each, row by row (${columns} a row, ${rows} rows). */
export const FLAG_SPRITE_CELLS = '${codes.join('')}';
`);
console.log(`${codes.length} flags of ${flagWidth} × ${flagHeight} px in ${columns} × ${rows} cells`);
