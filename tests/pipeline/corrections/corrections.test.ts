// Every form of a correction, read from YAML of our own writing, resolved against a tiny gazetteer
// and applied to a made-up event: what the event becomes, and the loud error for a place nobody knows.
import { describe, expect, it } from 'vitest';
import { applyCorrection } from '../../../src/pipeline/corrections/apply-corrections.ts';
import { readCorrections, type LocatedCorrection } from '../../../src/pipeline/corrections/read-corrections.ts';
import { resolveCorrectionPlaces } from '../../../src/pipeline/corrections/resolve-places.ts';
import { correctionsJsonSchema } from '../../../src/pipeline/output/json-schema.ts';
import { createGazetteer } from '../../../src/pipeline/gazetteer/create-gazetteer.ts';
import { CorrectionsFile } from '../../../src/schema/corrections.ts';
import { Event, type AtlasEvent } from '../../../src/schema/dataset.ts';
import { makeEvent } from '../../fixtures/make-event.ts';

const gazetteer = createGazetteer([
  { geonameId: 101, name: 'Kasese', asciiName: 'Kasese', alternateNames: ['Old Kasese'], countryCode: 'UG', lat: 0.18, lon: 30.08, population: 100_000, featureCode: 'PPL' },
  { geonameId: 102, name: 'Fort Portal', asciiName: 'Fort Portal', alternateNames: [], countryCode: 'UG', lat: 0.67, lon: 30.27, population: 50_000, featureCode: 'PPL' },
]);

const TEXT = 'Trainers from Afghanistan met Jon Smith of the Centre in Kasese. Ann Lee said: "It went well."';
const span = (word: string) => ({ start: TEXT.indexOf(word), end: TEXT.indexOf(word) + word.length });
const EVENT: AtlasEvent = {
  ...makeEvent('kasese', {
    countries: [{ code: 'AF', name: 'Afghanistan', roles: ['participant', 'organizer'], evidence: [{ role: 'participant', span: span('Afghanistan'), reason: null }, { role: 'organizer', span: span('Afghanistan'), reason: null }] }],
    organizers: [{ name: 'the Centre', countryCode: null, span: span('the Centre') }, { name: 'Kasese Centre', countryCode: 'UG', span: span('Centre in Kasese') }],
    people: [{ name: 'Jon Smith', role: null, span: span('Jon Smith') }, { name: 'Ann Lee', role: null, span: span('Ann Lee') }],
    quotes: [{ speaker: 'Ann Lee', role: null, text: 'It went well.', span: span('It went well.') }],
    derivations: [{ field: 'countries.AF', reason: 'named beside the trainers' }],
  }),
  source: { file: 'kasese.txt', sha256: '0'.repeat(64), text: TEXT },
};

/** The YAML's one entry, read and resolved (or the error the build would stop with). */
function entryOf(yaml: string): LocatedCorrection {
  const read = readCorrections(yaml);
  if (!read.ok) throw new Error(read.message);
  const resolved = resolveCorrectionPlaces(read.corrections, () => gazetteer);
  if (!resolved.ok) throw new Error(resolved.message);
  return resolved.corrections[0]!;
}

/** The event with the YAML's one entry applied, checked against the dataset schema. */
function corrected(yaml: string): AtlasEvent {
  const applied = applyCorrection(EVENT, entryOf(`- file: kasese.txt\n${yaml}\n  note: By hand\n`));
  if (!applied.ok) throw new Error(applied.warning);
  return Event.parse(applied.event);
}

describe('venues by place name', () => {
  it('sets the venues to a town with its country code, and a country alone', () => {
    const e = corrected('  set: { venues: ["Kasese, UG", "AF"] }');
    expect(e.venues).toEqual([
      { city: 'Kasese', name: 'Kasese', region: null, countryCode: 'UG', lat: 0.18, lon: 30.08, geonameId: 101, precision: 'city', span: null, reason: null, alsoKnownAs: ['Old Kasese'] },
      { city: null, name: null, region: null, countryCode: 'AF', lat: null, lon: null, geonameId: null, precision: 'country', span: null, reason: null },
    ]);
    expect(e.corrections).toEqual([{ field: 'venues', note: 'By hand' }]);
  });

  it('adds a venue, by a town alone or by a country name, and removes one by its town', () => {
    expect(corrected('  add: { venues: ["Fort Portal"] }').venues.map((v) => v.city)).toEqual(['Almaty', 'Fort Portal']);
    expect(corrected('  add: { venues: [Uganda] }').venues.at(-1)).toMatchObject({ countryCode: 'UG', precision: 'country' });
    const e = corrected('  remove: [venues.Almaty]');
    expect(e.venues).toEqual([]);
    expect(e.corrections).toEqual([{ field: 'venues.Almaty', note: 'By hand' }]);
  });

  it('keeps the object form valid today working', () => {
    const venue = { ...EVENT.venues[0]!, city: 'Elsewhere' };
    expect(corrected(`  set: { venues: [${JSON.stringify(venue)}] }`).venues).toEqual([venue]);
  });

  it('fails loudly, naming the line and what was expected, for a place the gazetteer does not know', () => {
    const yaml = '# by hand\n- file: kasese.txt\n  set:\n    venues:\n      - "Kasese, UG"\n      - "Kasesse, UG"\n  note: By hand\n';
    const read = readCorrections(yaml);
    expect(read.ok).toBe(true);
    const resolved = resolveCorrectionPlaces(read.ok ? read.corrections : [], () => gazetteer);
    expect(resolved).toEqual({ ok: false, message: expect.stringMatching(/^corrections\.yaml line 6: set\.venues\.1: 'Kasesse, UG': the gazetteer knows no town 'Kasesse' in UG \(did you mean Kasese\?\): expected a town the gazetteer knows, as 'Town, CC'/) });
    const wrongCountry = resolveCorrectionPlaces(entries('  add: { venues: ["Kasese, KE"] }'), () => gazetteer);
    expect(wrongCountry).toEqual({ ok: false, message: expect.stringContaining("line 2: add.venues.0: 'Kasese, KE': the gazetteer knows no town 'Kasese' in KE") });
    expect(resolveCorrectionPlaces(entries('  add: { venues: ["QQ"] }'), () => gazetteer)).toEqual({ ok: false, message: expect.stringContaining("'QQ' is not a country code") });
  });

  it('never loads the gazetteer when no correction names a place', () => {
    const resolved = resolveCorrectionPlaces(entries('  set: { title: Fixed }'), () => {
      throw new Error('the gazetteer was loaded');
    });
    expect(resolved.ok).toBe(true);
  });
});

/** The entries of a one-entry file for kasese.txt. */
function entries(yaml: string): LocatedCorrection[] {
  const read = readCorrections(`- file: kasese.txt\n${yaml}\n  note: By hand\n`);
  if (!read.ok) throw new Error(read.message);
  return read.corrections;
}

describe('roles of countries', () => {
  it('removes one role of a country and keeps the others; countries.AF still removes it whole', () => {
    const e = corrected('  remove: [countries.AF.organizer]');
    expect(e.countries[0]!.roles).toEqual(['participant']);
    expect(e.countries[0]!.evidence.map((x) => x.role)).toEqual(['participant', null]);
    expect(e.corrections).toEqual([{ field: 'countries.AF.organizer', note: 'By hand' }]);
    expect(e.derivations).toEqual([]);
    expect(corrected('  remove: [countries.AF]').countries).toEqual([]);
  });

  it('adds a role to a country the event names, and a country it does not name', () => {
    const e = corrected('  add: { countries: { AF: [expert], UG: [host] } }');
    expect(e.countries.map((c) => [c.code, c.roles])).toEqual([['AF', ['participant', 'organizer', 'expert']], ['UG', ['host']]]);
    expect(e.countries[0]!.evidence.at(-1)).toEqual({ role: 'expert', span: span('Afghanistan'), reason: 'added by hand' });
    expect(e.countries[1]!.name).toBe('Uganda');
    expect(e.corrections).toEqual([{ field: 'countries.AF.expert', note: 'By hand' }, { field: 'countries.UG.host', note: 'By hand' }]);
  });

  it('is not applied, with a warning naming its line, when there is nothing to do', () => {
    const applied = applyCorrection(EVENT, entries('  remove: [countries.AF.host]')[0]!);
    expect(applied).toEqual({ ok: false, warning: 'corrections.yaml line 1 (kasese.txt): not applied: the event has no country AF in the role host to remove' });
    expect(applyCorrection(EVENT, entries('  add: { countries: { AF: [participant] } }')[0]!)).toMatchObject({ ok: false, warning: expect.stringContaining('Afghanistan already has the role participant') });
  });

  it('rejects a role that is not one, with its line', () => {
    expect(readCorrections('- file: a.txt\n  remove: [countries.AF.funder]\n  note: x\n')).toEqual({ ok: false, message: expect.stringMatching(/^corrections\.yaml line 2: entry 1: remove\.0: expected a country as countries\.XX or one of its roles/) });
    expect(readCorrections('- file: a.txt\n  add:\n    countries: { AF: [funder] }\n  note: x\n')).toMatchObject({ ok: false, message: expect.stringContaining('line 3') });
  });
});

describe('organisers and people', () => {
  it('renames an organiser, and merges it with one of the name it is given', () => {
    expect(corrected('  rename: { organizers: { "the Centre": "OSCE Centre" } }').organizers.map((o) => o.name)).toEqual(['OSCE Centre', 'Kasese Centre']);
    const merged = corrected('  rename: { organizers: { "the Centre": "Kasese Centre" } }');
    expect(merged.organizers.map((o) => o.name)).toEqual(['Kasese Centre']);
    expect(merged.corrections).toEqual([{ field: 'organizers.the Centre', note: 'By hand' }]);
  });

  it('removes an organiser by name and adds one, pointing at its mention when the text has one', () => {
    expect(corrected('  remove: ["organizers.Kasese Centre"]').organizers.map((o) => o.name)).toEqual(['the Centre']);
    const added = corrected('  add: { organizers: ["Centre in Kasese", UNODC] }').organizers.slice(2);
    expect(added).toEqual([{ name: 'Centre in Kasese', countryCode: null, span: span('Centre in Kasese') }, { name: 'UNODC', countryCode: null, span: { start: 0, end: 0 } }]);
  });

  it("fixes a person's name (and the quotes they gave) or role", () => {
    const renamed = corrected('  rename: { people: { "Ann Lee": "Anne Lee" } }');
    expect(renamed.people.map((p) => p.name)).toEqual(['Jon Smith', 'Anne Lee']);
    expect(renamed.quotes[0]!.speaker).toBe('Anne Lee');
    const role = corrected('  rename: { people: { "Jon Smith": { name: John Smith, role: Head of the Centre } } }');
    expect(role.people[0]).toEqual({ name: 'John Smith', role: 'Head of the Centre', span: span('Jon Smith') });
    expect(role.corrections).toEqual([{ field: 'people.Jon Smith', note: 'By hand' }]);
    expect(applyCorrection(EVENT, entries('  rename: { people: { Nobody: Somebody } }')[0]!)).toMatchObject({ ok: false, warning: expect.stringContaining("no person 'Nobody'") });
  });

  it('adds a person with a role', () => {
    expect(corrected('  add: { people: [{ name: Ola Berg, role: Trainer }] }').people.at(-1)).toEqual({ name: 'Ola Berg', role: 'Trainer', span: { start: 0, end: 0 } });
  });
});

describe('the file', () => {
  it('reads every form, and its JSON Schema describes them', () => {
    const yaml = [
      '- file: kasese.txt',
      '  set: { venues: ["Kasese, UG"], participantCount: { value: 65, qualifier: exact } }',
      '  add: { venues: [UG], countries: { AF: [expert] }, organizers: [UNODC], people: [{ name: Ola Berg }] }',
      '  remove: [countries.AF.organizer, "organizers.the Centre", venues.0]',
      '  rename: { organizers: { "Kasese Centre": "OSCE Centre" }, people: { "Jon Smith": { role: null } } }',
      '  note: Everything at once',
      '',
    ].join('\n');
    const read = readCorrections(yaml);
    expect(read.ok).toBe(true);
    expect(CorrectionsFile.safeParse(read.ok ? read.corrections.map((c) => c.correction) : null).success).toBe(true);
    expect(read.ok && read.corrections[0]!.lines).toEqual({ 'set.venues.0': 2, 'add.venues.0': 3 });
    const e = corrected(yaml.split('\n').slice(1, 5).join('\n'));
    expect(e.venues.map((v) => v.countryCode)).toEqual(['UG']);
    expect(e.countries[0]!.roles).toEqual(['participant', 'expert']);
    const schema = JSON.stringify(correctionsJsonSchema());
    for (const key of ['"add"', '"rename"', 'Town, CC', 'countries.AF.organizer']) expect(schema).toContain(key);
  });

  it('still needs something to fix', () => {
    expect(readCorrections('- file: a.txt\n  note: x\n')).toMatchObject({ ok: false, message: expect.stringContaining('expected `set`, `add`, `remove` or `rename`') });
  });
});
