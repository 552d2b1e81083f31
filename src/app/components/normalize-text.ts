/** Case- and diacritic-insensitive form for matching: "Almatý" and "ALMATY" both → "almaty". */
export function normalizeText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
