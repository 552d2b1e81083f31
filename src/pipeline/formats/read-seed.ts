import { decodeWindows1252 } from './decode-windows-1252.ts';

/** A press release larger than this is not a press release (they run to a few kilobytes). */
export const MAX_SEED_BYTES = 2 * 1024 * 1024;

export type ReadSeedResult =
  /** text: decoded, BOM removed, line endings \n — the text every span indexes into. */
  | { ok: true; text: string; warnings: string[] }
  /** reason names the file and says what was expected; line is 1-based where there is one. */
  | { ok: false; reason: string; line: number | null };

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

const EXPECTED = 'expected a press release as plain text (a title line, then the dateline and body)';

// Signatures of files people save by mistake where a .txt belongs, so the reason can name them.
const SIGNATURES: ReadonlyArray<[bytes: readonly number[], what: string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (a Word .docx or .odt is one)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Word .doc (OLE) document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x1f, 0x8b], 'a gzip archive'],
];

/**
 * Bytes of a seed file → its text, or a rejection a person can act on. Accepts UTF-8 (with or
 * without BOM), UTF-16 LE/BE (with a BOM, or without one when every other byte is zero) and, as a
 * fallback for invalid UTF-8, Windows-1252 with a warning. Rejects empty, whitespace-only,
 * binary and over-large (> 2 MB) files without decoding them. Never throws.
 * `size` is the file's full size when the caller read only its first MAX_SEED_BYTES + 1 bytes.
 */
export function readSeed(bytes: Uint8Array, file: string, size = bytes.length): ReadSeedResult {
  if (size > MAX_SEED_BYTES) {
    return reject(`${file} is ${megabytes(size)} (${size} bytes), over the ${megabytes(MAX_SEED_BYTES)} limit for a seed: ${EXPECTED}`, null);
  }
  if (bytes.length === 0) return reject(`${file} is empty: ${EXPECTED}`, 1);
  const signature = SIGNATURES.find(([magic]) => magic.every((b, i) => bytes[i] === b));
  if (signature) return reject(`${file} is ${signature[1]}, not text: ${EXPECTED}; save it as a .txt`, null);

  const encoding = detectEncoding(bytes);
  if (encoding === 'utf-8') {
    const binary = findBinary(bytes);
    if (binary) return binary(file);
  }
  const decoded = decode(bytes, encoding, file);
  if (!decoded.ok) return decoded;
  const text = decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (encoding !== 'utf-8' && /\0/.test(text)) {
    return reject(`${file} is binary: it contains NUL characters after decoding as ${encoding.toUpperCase()}; ${EXPECTED}`, lineAt(text, text.indexOf('\0')));
  }
  if (text.trim() === '') return reject(`${file} contains only whitespace: ${EXPECTED}`, 1);
  return { ok: true, text, warnings: decoded.warnings };
}

function reject(reason: string, line: number | null): ReadSeedResult {
  return { ok: false, reason, line };
}

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** From a BOM, or — without one — from zero bytes in every odd (LE) or even (BE) position of ASCII-heavy UTF-16. */
function detectEncoding(b: Uint8Array): Encoding {
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b.length < 4 || b.length % 2 !== 0) return 'utf-8';
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < b.length; i += 2) {
    if (b[i] === 0) zeroEven++;
    if (b[i + 1] === 0) zeroOdd++;
  }
  const pairs = b.length / 2;
  // English text in UTF-16 has a zero high byte in nearly every code unit and almost never a zero low byte.
  if (zeroOdd >= pairs * 0.7 && zeroEven === 0) return 'utf-16le';
  if (zeroEven >= pairs * 0.7 && zeroOdd === 0) return 'utf-16be';
  return 'utf-8';
}

/** A NUL byte, or more than 1 % C0 control bytes other than tab, newline, form feed and carriage return, means binary. */
function findBinary(b: Uint8Array): ((file: string) => ReadSeedResult) | null {
  const nul = b.indexOf(0);
  if (nul !== -1) {
    return (file) => reject(`${file} is binary: it contains a NUL byte (at byte offset ${nul}); ${EXPECTED}`, lineOfByte(b, nul));
  }
  let controls = 0;
  let first = -1;
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) {
      controls++;
      if (first === -1) first = i;
    }
  }
  if (controls >= 4 && controls > b.length * 0.01) {
    return (file) => reject(`${file} looks binary: ${controls} of its ${b.length} bytes are control characters; ${EXPECTED}`, lineOfByte(b, first));
  }
  return null;
}

type Decoded = { ok: true; text: string; warnings: string[] } | { ok: false; reason: string; line: number | null };

function decode(bytes: Uint8Array, encoding: Encoding, file: string): Decoded {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    if (encoding !== 'utf-8') {
      return { ok: false, reason: `${file} is not valid ${encoding.toUpperCase()} (it starts like it, but has a broken character or an odd number of bytes); save it as UTF-8`, line: null };
    }
  }
  // Not UTF-8: releases saved by older Windows editors are Windows-1252, a superset of Latin-1.
  const bad = firstInvalidUtf8(bytes);
  const text = decodeWindows1252(bytes);
  return {
    ok: true,
    text,
    warnings: [`${file} is not valid UTF-8 (first bad byte on line ${lineOfByte(bytes, bad)}); read it as Windows-1252 — check accented letters and quotes`],
  };
}

/** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let lo = 0;
  let hi = b.length;
  // Binary search for the shortest prefix that fails; a cut inside a valid sequence only fails
  // with `stream: false`, so test prefixes in streaming mode, which tolerates a truncated tail.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

function lineOfByte(b: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (b[i] === 0x0a) line++;
  return line;
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}
