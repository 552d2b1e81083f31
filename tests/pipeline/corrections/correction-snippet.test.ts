// The entries the app writes (src/schema/correction-snippet.ts) are read back by the build as they
// were meant: a fix of facts as a correction, sameEventAs / notSameEventAs as report rules, several
// entries one after another, after an existing file's own entries and comments.
import { describe, expect, it } from 'vitest';
import { readCorrections } from '../../../src/pipeline/corrections/read-corrections.ts';
import { correctionSnippet, correctionSnippets } from '../../../src/schema/correction-snippet.ts';

describe('correctionSnippet', () => {
  it('writes a report rule that the build reads as one, with its line', () => {
    const existing = '# mine\n- file: a.txt\n  set: { title: Right }\n  note: typo\n';
    const text = existing + correctionSnippets([
      { file: 'b.txt', notSameEventAs: 'a.txt', note: 'Another run: "spring" course' },
      { file: 'b.txt', notSameEventAs: 'feed.xml#https://x.org/1', note: 'Another run' },
      { file: 'c.txt', sameEventAs: 'd.txt', note: 'Its announcement' },
    ]);
    const read = readCorrections(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.corrections.map((c) => c.correction.file)).toEqual(['a.txt']);
    expect(read.rules).toEqual([
      { rule: { file: 'b.txt', notSameEventAs: 'a.txt', note: 'Another run: "spring" course' }, line: 5 },
      { rule: { file: 'b.txt', notSameEventAs: 'feed.xml#https://x.org/1', note: 'Another run' }, line: 8 },
      { rule: { file: 'c.txt', sameEventAs: 'd.txt', note: 'Its announcement' }, line: 11 },
    ]);
  });

  it('writes a fix of facts as before', () => {
    expect(correctionSnippet({ file: 'a.txt', textSha256: '1'.repeat(64), set: { participantCount: { value: 65, qualifier: 'exact' } }, note: 'Final report' })).toBe(
      `- file: "a.txt"\n  textSha256: "${'1'.repeat(64)}"\n  set: {"participantCount":{"value":65,"qualifier":"exact"}}\n  note: "Final report"\n`,
    );
  });
});
