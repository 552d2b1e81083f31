import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SEED_BYTES, readSeed } from '../../src/pipeline/formats/read-seed.ts';
import { unreadBytes } from '../support/unread-bytes.ts';

const EXPECTED = 'expected a press release as plain text (a title line, then the dateline and body)';
const RELEASE = 'Title of a release\nCITY, 1 May 2020 – A seminar began today.\n';

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

describe('readSeed: text it accepts', () => {
  it('reads plain UTF-8 as it is', () => {
    expect(readSeed(Buffer.from(RELEASE), 'a.txt')).toEqual({ ok: true, text: RELEASE, warnings: [] });
  });

  it('removes a UTF-8 BOM and turns CRLF and CR into \\n, so spans index into the result', () => {
    const bytes = Buffer.from('\uFEFFTitle\r\nCITY – café\rend', 'utf8');
    expect(readSeed(bytes, 'a.txt')).toEqual({ ok: true, text: 'Title\nCITY – café\nend', warnings: [] });
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Title\r\nКиїв – café', 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be('Title\r\nКиїв – café')]);
    expect(readSeed(le, 'le.txt')).toEqual({ ok: true, text: 'Title\nКиїв – café', warnings: [] });
    expect(readSeed(be, 'be.txt')).toEqual({ ok: true, text: 'Title\nКиїв – café', warnings: [] });
  });

  it('detects UTF-16 without a BOM from its zero bytes', () => {
    expect(readSeed(Buffer.from(RELEASE, 'utf16le'), 'le.txt')).toEqual({ ok: true, text: RELEASE, warnings: [] });
    expect(readSeed(utf16be(RELEASE), 'be.txt')).toEqual({ ok: true, text: RELEASE, warnings: [] });
  });

  it('reads invalid UTF-8 as Windows-1252 and warns with the line of the first bad byte', () => {
    // 0xE9 é, 0x93/0x94 curly quotes, 0x96 en dash in Windows-1252.
    const bytes = Buffer.concat([Buffer.from('Title\nCITY '), Buffer.from([0x96, 0x20, 0x93, 0x43, 0x61, 0x66, 0xe9, 0x94])]);
    expect(readSeed(bytes, 'old.txt')).toEqual({
      ok: true,
      text: 'Title\nCITY – “Café”',
      warnings: ['old.txt is not valid UTF-8 (first bad byte on line 2); read it as Windows-1252 — check accented letters and quotes'],
    });
  });

  it('keeps markup and script as plain text', () => {
    const text = 'Title <script>alert(1)</script>\n<b>CITY</b>, 1 May 2020 – ${process.exit(1)}';
    expect(readSeed(Buffer.from(text), 'm.txt')).toEqual({ ok: true, text, warnings: [] });
  });

  it('accepts a file of exactly the size limit', () => {
    const bytes = Buffer.alloc(MAX_SEED_BYTES, 0x61);
    const result = readSeed(bytes, 'big.txt');
    expect(result.ok && result.text.length).toBe(MAX_SEED_BYTES);
  });
});

describe('readSeed: files it rejects', () => {
  it('rejects an empty file on line 1', () => {
    expect(readSeed(Buffer.alloc(0), 'empty.txt')).toEqual({ ok: false, reason: `empty.txt is empty: ${EXPECTED}`, line: 1 });
  });

  it('rejects whitespace only, in any encoding', () => {
    const whitespace = { ok: false, reason: `blank.txt contains only whitespace: ${EXPECTED}`, line: 1 };
    expect(readSeed(Buffer.from(' \n\t\r\n  '), 'blank.txt')).toEqual(whitespace);
    expect(readSeed(Buffer.from('\uFEFF\n\n', 'utf8'), 'blank.txt')).toEqual(whitespace);
    expect(readSeed(Buffer.from('\uFEFF  \n', 'utf16le'), 'blank.txt')).toEqual(whitespace);
  });

  it('rejects a file with a NUL byte as binary, naming the byte and its line', () => {
    expect(readSeed(Buffer.from('one\ntwo\nx\0y'), 'bin.txt')).toEqual({
      ok: false,
      reason: `bin.txt is binary: it contains a NUL byte (at byte offset 9); ${EXPECTED}`,
      line: 3,
    });
  });

  it('rejects a file full of control characters as binary', () => {
    const bytes = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 5 === 0 ? 0x01 : 0x41)));
    expect(readSeed(bytes, 'ctl.txt')).toEqual({
      ok: false,
      reason: `ctl.txt looks binary: 40 of its 200 bytes are control characters; ${EXPECTED}`,
      line: 1,
    });
  });

  it('tolerates a stray control character in a long text', () => {
    const text = `${RELEASE.repeat(20)}\u0007`;
    expect(readSeed(Buffer.from(text), 'bell.txt')).toEqual({ ok: true, text, warnings: [] });
  });

  it('names a PDF or a Word document saved where a .txt belongs', () => {
    expect(readSeed(Buffer.from('%PDF-1.7\n%âãÏÓ\n'), 'r.txt')).toEqual({
      ok: false,
      reason: `r.txt is a PDF document, not text: ${EXPECTED}; save it as a .txt`,
      line: null,
    });
    expect(readSeed(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'r.txt')).toEqual({
      ok: false,
      reason: `r.txt is a ZIP archive (a Word .docx or .odt is one), not text: ${EXPECTED}; save it as a .txt`,
      line: null,
    });
  });

  it('rejects broken UTF-16 (odd byte count after a BOM)', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Title', 'utf16le'), Buffer.from([0x41])]);
    expect(readSeed(bytes, 'u16.txt')).toEqual({
      ok: false,
      reason: 'u16.txt is not valid UTF-16LE (it starts like it, but has a broken character or an odd number of bytes); save it as UTF-8',
      line: null,
    });
  });

  it.each([
    [5 * 1024 * 1024, '5.0 MB'],
    [10 * 1024 * 1024, '10.0 MB'],
    [MAX_SEED_BYTES + 1, '2.0 MB'],
  ])('rejects %i bytes without reading a byte of them, giving the size and the limit', (size, shown) => {
    const result = readSeed(unreadBytes(size), 'huge.txt');
    expect(result).toEqual({
      ok: false,
      reason: `huge.txt is ${shown} (${size} bytes), over the 2.0 MB limit for a seed: ${EXPECTED}`,
      line: null,
    });
  });
});

describe('readSeed on any bytes', () => {
  it('never throws, and accepted text has no BOM, no CR and is not blank', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc.string({ unit: 'binary', maxLength: 200 }).map((s) => new Uint8Array(Buffer.from(s, 'utf8'))),
      fc.string({ unit: 'binary', maxLength: 200 }).map((s) => new Uint8Array(Buffer.from(s, 'utf16le'))),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        const result = readSeed(b, 'x.txt');
        if (result.ok) {
          expect(result.text).not.toMatch(/^\uFEFF|\r/);
          expect(result.text.trim()).not.toBe('');
        } else {
          expect(result.reason).toMatch(/^x\.txt /);
          expect(result.line === null || (Number.isInteger(result.line) && result.line > 0)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
