/**
 * A place name in normal case: "KARAGANDA" → "Karaganda", "UST-KAMENOGORSK" → "Ust-Kamenogorsk".
 * Names already in mixed case ("Ust-Kamenogorsk", "McAllen") are kept as written.
 */
export function placeCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s\-'’(])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase())
    .replace(/\b(Of|On|Am|Upon|De|Del|La|Le)\b(?!$)/g, (w) => (w === 'Of' ? 'of' : w));
}
