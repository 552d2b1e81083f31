import { useEffect, useSyncExternalStore } from 'react';

// SVG flags from country-flag-icons, one file each: Vite emits them as assets (never inlined, so
// the 260 flags add only their URLs to the script) and the browser fetches a flag only when one
// is on screen. Emoji flags are two letters on Windows and boxes on Linux without an emoji font.
// Keyed from `base` ('./AF.svg'), so the script does not repeat the folder's path 260 times.
const FILES = import.meta.glob<string>('./*.svg', {
  base: '../../../node_modules/country-flag-icons/3x2',
  eager: true,
  query: '?no-inline',
  import: 'default',
});

const URLS: ReadonlyMap<string, string> = new Map(
  Object.entries(FILES).map(([path, url]) => [/([A-Z]{2})\.svg$/.exec(path)?.[1] ?? '', url]),
);

// Each flag is drawn once into a small bitmap (a `data:` PNG, which the CSP allows) and shown as
// that from then on. Chromium paints an SVG <img> by running the SVG document's own lifecycle on
// the main thread every time its row is painted again: with the event list and the country
// filter in sight that was 2–8 ms of each filter or scrub step (PaintImage in a trace at 100,000
// events, see the README's performance section); a bitmap's decode is cached off the main thread.
/** Pixels of the bitmap: three times the flag's CSS size at the list's 12px (13.5 × 9), so it stays sharp when zoomed. */
const RASTER = { width: 48, height: 32 };
const rasters = new Map<string, string>();
const started = new Set<string>();
const listeners = new Set<() => void>();

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

/** Browsers only: jsdom has no image decoding or canvas, and the SVG is the same picture. */
const canRasterize = () => typeof HTMLImageElement !== 'undefined' && 'decode' in HTMLImageElement.prototype && typeof requestIdleCallback === 'function';

function rasterize(code: string, url: string): void {
  if (started.has(code) || !canRasterize()) return;
  started.add(code);
  const image = new Image();
  image.src = url;
  image
    .decode()
    .then(() => new Promise<IdleDeadline>((resolve) => requestIdleCallback(resolve, { timeout: 1000 })))
    .then(() => {
      const canvas = document.createElement('canvas');
      canvas.width = RASTER.width;
      canvas.height = RASTER.height;
      const context = canvas.getContext('2d');
      if (!context) return;
      context.drawImage(image, 0, 0, RASTER.width, RASTER.height);
      rasters.set(code, canvas.toDataURL('image/png'));
      for (const listener of listeners) listener();
    })
    // A flag that cannot be drawn stays an SVG: the same picture, dearer to paint.
    .catch(() => undefined);
}

/** The flag of `code` ("AF") as a decorative image beside the country's name; nothing for codes without one. */
export function CountryFlag({ code }: { code: string }) {
  const raster = useSyncExternalStore(subscribe, () => rasters.get(code));
  const url = URLS.get(code);
  useEffect(function drawOnce() {
    if (url && raster === undefined) rasterize(code, url);
  }, [code, url, raster]);
  if (!url) return null;
  return <img className="flag" src={raster ?? url} alt="" width={18} height={12} loading="lazy" decoding="async" />;
}
