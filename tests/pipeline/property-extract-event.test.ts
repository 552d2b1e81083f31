import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Event } from '../../src/schema/dataset.ts';
import { extractEvent } from '../../src/pipeline/extract/extract-event.ts';
import { fakeGazetteer } from './extract/fake-gazetteer.ts';

const ctx = { file: 'fuzz.txt', gazetteer: fakeGazetteer };
const FIXTURES = 'tests/fixtures/releases';
const releases = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(FIXTURES, f), 'utf8'));

// Whatever comes in, extractEvent returns (a throw fails the property: there is no safety net to
// hide it), and an ok event is valid once the build step gives it an id and a source.
function check(text: string): void {
  const result = extractEvent(text, ctx);
  if (!result.ok) {
    expect(result.reason.length).toBeGreaterThan(0);
    return;
  }
  const event = { id: 'fuzz', source: { file: 'fuzz.txt', sha256: '0'.repeat(64), text }, ...result.event };
  const parsed = Event.safeParse(event);
  expect(parsed.error?.issues ?? []).toEqual([]);
  for (const span of Object.values(result.event.provenance)) {
    if (span) expect(span.end).toBeLessThanOrEqual(text.length);
  }
}

// Edits that keep the genre's shape but break its details: cut, duplicate, swap in odd characters.
const mutation = fc.record({
  release: fc.constantFrom(...releases),
  at: fc.nat(),
  length: fc.nat({ max: 40 }),
  insert: fc.oneof(
    fc.string(),
    fc.constantFrom('31 February 2015', '–', '\n', '![](http://x)', ' from 9 to 2 May ', 'four-day', ' in ', '“', '0 officers', '99999999999 days'),
  ),
});

describe('extractEvent never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), check), { numRuns: 300 });
  });

  it('on mutated releases', () => {
    fc.assert(
      fc.property(mutation, ({ release, at, length, insert }) => {
        const i = at % (release.length + 1);
        check(release.slice(0, i) + insert + release.slice(i + length));
      }),
      { numRuns: 300 },
    );
  });
});
