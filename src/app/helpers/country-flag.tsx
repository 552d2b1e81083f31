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

/** The flag of `code` ("AF") as a decorative image beside the country's name; nothing for codes without one. */
export function CountryFlag({ code }: { code: string }) {
  const url = URLS.get(code);
  if (!url) return null;
  return <img className="flag" src={url} alt="" width={18} height={12} loading="lazy" decoding="async" />;
}
