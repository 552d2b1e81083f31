// The matcher over the build step's own search index, on events of our own writing: what a person
// typing into the search box finds.
import { describe, expect, it } from 'vitest';
import { createLoadedSearchMatcher, createSearchMatcher, MAX_QUERY_WORDS } from '../../../src/app/dataset/search-matcher.ts';
import { encodeAppFiles } from '../../../src/pipeline/app-files/encode-app-files.ts';
import { encodeSearchIndex } from '../../../src/pipeline/app-files/encode-search-index.ts';
import { compareEventOrder } from '../../../src/schema/event-order.ts';
import type { AtlasEvent } from '../../../src/schema/dataset.ts';
import { makeEvent } from '../../fixtures/make-event.ts';

const span = { start: 0, end: 1 };
/** An event whose release says `body`. */
const withText = (e: AtlasEvent, body: string): AtlasEvent => ({ ...e, source: { ...e.source, text: body } });
const kz = { code: 'KZ', name: 'Kazakhstan', roles: ['host' as const], evidence: [{ role: 'host' as const, span, reason: null }] };

const events: AtlasEvent[] = [
  withText(makeEvent('oskemen', {
    startDate: '2016-04-11',
    venue: { city: 'Oskemen', name: 'Oskemen', countryCode: 'KZ', lat: 49.95, lon: 82.61, geonameId: 1520316, alsoKnownAs: ['Ust-Kamenogorsk'] },
    countries: [kz] }), 'Border guards from the region met prosecutors to discuss river crossings.'),
  withText(makeEvent('minsk', {
    startDate: '2015-02-02',
    venue: { city: 'Minsk', name: 'Minsk', countryCode: 'BY', lat: 53.9, lon: 27.56, geonameId: 625144 } }), 'A workshop on forged travel documents for customs officers.'),
  withText(makeEvent('pinsk', {
    startDate: '2015-03-03',
    venue: { city: 'Pinsk', name: 'Pinsk', countryCode: 'BY', lat: 52.11, lon: 26.1, geonameId: 623549 } }), 'Customs officers trained on documents at the border.'),
  withText(makeEvent('bishkek', {
    startDate: '2014-01-20',
    venue: { city: 'Bishkek', name: 'Bishkek', countryCode: 'KG', lat: 42.87, lon: 74.59, geonameId: 1528675 },
    organizers: [{ name: 'OSCE Centre in Bishkek', countryCode: null, span }] }), 'Co-operation between police and communities was the theme.'),
  // A made-up town written with a hyphen, and GeoNames-like names for it: a former one among many.
  withText(makeEvent('karakol', {
    startDate: '2013-05-05',
    venue: { city: 'Kara-Kol', name: 'Kara-Kol', countryCode: 'KG', lat: 42.49, lon: 78.39, geonameId: 9999991, alsoKnownAs: [...Array.from({ length: 20 }, (_, i) => `Karakol${'a'.repeat(i + 1)}`), 'Przhevalsk', 'Frunze'] } }), 'A meeting on mountain rescue.'),
  withText(makeEvent('many-words', { startDate: '2017-01-01', venues: [] }), Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')),
];
const files = encodeAppFiles({ schemaVersion: 2, generatedAt: '2024-01-01T00:00:00.000Z', events, rejected: [] });
const matcher = createLoadedSearchMatcher(files.search, files.searchShards);
const found = (q: string) => {
  const result = matcher.match(q);
  return result === null ? null : files.summary.id.filter((_, i) => result.hits[i] === 1);
};

describe('createSearchMatcher', () => {
  it('finds a country under another spelling, or misspelt, and says what it read a misspelling as', () => {
    // "Kazakstan" is one of the country's names in the lexicon: found as written.
    expect(found('Kazakstan')).toEqual(['oskemen']);
    expect(matcher.match('Kazakstan')!.readAs).toEqual([]);
    expect(found('Kazahstan')).toEqual(['oskemen']);
    expect(matcher.match('Kazahstan')!.readAs).toEqual([{ word: 'kazahstan', as: ['kazakhstan', 'kazakstan'] }]);
    expect(matcher.match('Kazahstan')!.count).toBe(1);
  });

  it('finds a town by a name only the gazetteer gives it, with or without its hyphen', () => {
    expect(found('Ust Kamenogorsk')).toEqual(['oskemen']);
    expect(found('ust-kamenogorsk')).toEqual(['oskemen']);
    expect(found('Ust Kamenogrosk')).toEqual(['oskemen']);
  });

  it('finds a town by any of its other names, and with or without the hyphen it is written with', () => {
    expect(found('Frunze')).toEqual(['karakol']);
    expect(found('Karakol')).toEqual(['karakol']);
    expect(found('Kara Kol')).toEqual(['karakol']);
    expect(found('Kara-Ko')).toEqual(['karakol']);
    expect(found('Przhevalsk')).toEqual(['karakol']);
    // Written as one, two words still need every other word of the query.
    expect(found('Kara Kol rescue')).toEqual(['karakol']);
    expect(found('Kara Kol customs')).toEqual([]);
  });

  it('reads a word found as written as written: Minsk is not also Pinsk', () => {
    expect(found('Minsk')).toEqual(['minsk']);
    expect(matcher.match('Minsk')!.readAs).toEqual([]);
    expect(found('Mynsk')).toEqual(['minsk']);
    expect(found('Vinsk')).toEqual(['minsk', 'pinsk']);
  });

  it('completes only the word being typed', () => {
    expect(found('cust')).toEqual(['minsk', 'pinsk']);
    expect(found('cust ')).toEqual([]);
    expect(found('cust officers')).toEqual([]);
    expect(found('officers cust')).toEqual(['minsk', 'pinsk']);
    // One letter is not yet a prefix: it matches only a one-letter word.
    expect(found('c')).toEqual([]);
  });

  it('answers a letter more that matches the same terms with the same events, and its own query', () => {
    const fresh = createLoadedSearchMatcher(files.search, files.searchShards);
    const cust = fresh.match('cust')!;
    // "custo" completes to the same words as "cust": its events are the last answer's, not a copy.
    const custo = fresh.match('custo')!;
    expect(custo.hits).toBe(cust.hits);
    expect(custo.query).toBe('custo');
    // Another word matches other terms: its own events.
    const border = fresh.match('border')!;
    expect(border.hits).not.toBe(cust.hits);
    expect(files.summary.id.filter((_, i) => border.hits[i] === 1)).toEqual(['pinsk', 'oskemen']);
    expect(files.summary.id.filter((_, i) => fresh.match('custom')!.hits[i] === 1)).toEqual(['minsk', 'pinsk']);
  });

  it('needs every word, in any order, case and accents aside', () => {
    expect(found('BORDER customs')).toEqual(['pinsk']);
    expect(found('customs border')).toEqual(['pinsk']);
    expect(found('Bórder')).toEqual(['pinsk', 'oskemen']);
    expect(found('border minsk')).toEqual([]);
  });

  it('finds a body by the name the archive gives it, and the release text', () => {
    expect(found('OSCE Centre in Bishkek')).toEqual(['bishkek']);
    expect(found('co-operation police')).toEqual(['bishkek']);
  });

  it('has nothing to say about a query with no words', () => {
    expect(found('')).toBeNull();
    expect(found('  ,; ')).toBeNull();
  });

  it(`reads at most ${MAX_QUERY_WORDS} different words`, () => {
    const words = Array.from({ length: MAX_QUERY_WORDS }, (_, i) => `w${i}`);
    expect(found(words.join(' '))).toEqual(['many-words']);
    expect(found(`${words.join(' ')} nowhere`)).toEqual(['many-words']);
    expect(found(`nowhere ${words.join(' ')}`)).toEqual([]);
  });

  it('answers the same when every word has a shard of its own, fetching only the shards a query needs', () => {
    const sorted = [...events].sort(compareEventOrder);
    const split = encodeSearchIndex(sorted, sorted.map(() => []), { schemaVersion: 2, generatedAt: files.search.generatedAt }, 1);
    expect(split.shards).toHaveLength(split.index.terms.length);
    const alone = createSearchMatcher(split.index);
    expect(() => alone.match('customs')).toThrow(/not loaded/);
    expect(alone.missingShards('customs')).toEqual([split.index.terms.indexOf('customs')]);
    for (const k of alone.missingShards('customs')) alone.addShard(split.shards[k]!);
    expect(alone.missingShards('customs')).toEqual([]);
    for (const q of ['customs officers', 'Kazahstan', 'cust', 'w3 w31', 'Vinsk']) {
      for (const k of alone.missingShards(q)) alone.addShard(split.shards[k]!);
      expect(Array.from(alone.match(q)!.hits), q).toEqual(Array.from(matcher.match(q)!.hits));
    }
  });
});
