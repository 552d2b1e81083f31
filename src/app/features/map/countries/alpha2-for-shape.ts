import { ISO_NUMERIC_TO_ALPHA2 } from './iso-numeric-to-alpha2.ts';

// Natural Earth shapes without an ISO numeric id. Kosovo has its own user-assigned code (XK, as in
// the dataset); Northern Cyprus and Somaliland are shaded with the ISO country they belong to, so a
// country with events does not show a hole. Disputed areas (Siachen) stay neutral.
const BY_NAME: Readonly<Record<string, string>> = {
  Kosovo: 'XK',
  'N. Cyprus': 'CY',
  Somaliland: 'SO',
};

/** The alpha-2 code of a world-atlas shape ("398" → "KZ"; no id and named "Kosovo" → "XK"), or null. */
export function alpha2ForShape(id: string | number | undefined, name: string | undefined): string | null {
  if (id !== undefined) {
    const code = ISO_NUMERIC_TO_ALPHA2[String(id).padStart(3, '0')];
    if (code) return code;
  }
  return (name !== undefined && BY_NAME[name]) || null;
}
