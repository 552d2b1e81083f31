// Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, dashes, €, …); Node 20's
// TextDecoder('windows-1252') decodes those as C1 controls, like Latin-1, so we map them ourselves.
// The five bytes 1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as their C1 controls, as the WHATWG spec says.
const HIGH_CONTROLS =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Decodes Windows-1252 bytes: 0x96 → "–", 0x93 → "“", 0xE9 → "é". */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? HIGH_CONTROLS[b - 0x80]! : String.fromCharCode(b),
    );
    out += chunk.join('');
  }
  return out;
}
