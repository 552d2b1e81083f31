// The dataset names the countries it mentions; for any other code (a stale URL, a chip for a
// country no event names) the browser's own region names are the fallback.
const regions = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' }) : null;

/** "AF" → "Afghanistan"; the code itself when nothing better is known. */
export function countryName(code: string): string {
  try {
    return regions?.of(code) ?? code;
  } catch {
    return code;
  }
}
