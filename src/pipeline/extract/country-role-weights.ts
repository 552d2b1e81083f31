import type { FeatureTable } from './decide.ts';

/**
 * The evidence for and against a country's participant or expert role. A role read from the words
 * around a mention ("Afghan officers", "experts from Georgia") is strong on its own; the host's
 * roles are implied, so they need evidence that its own people take part or teach, and lose it when
 * the text says the people come from elsewhere ("from EU Member States", "Representing Fiji, …").
 */
export type RoleFeature =
  | 'read'
  | 'from-across-country'
  | 'national-body-people'
  | 'own-body-people'
  | 'people-take-part'
  | 'no-other-participants'
  | 'local-teachers'
  | 'national-teachers'
  | 'own-body-teachers'
  | 'counterpart-teachers'
  | 'state-post-teachers'
  | 'earlier-trainees'
  | 'home-state-body'
  | 'regional-participants'
  | 'body-of-another-country'
  | 'host-teaches'
  | 'return-home'
  | 'not-the-venue';

export const ROLE_FEATURES: FeatureTable<RoleFeature> = {
  read: { weight: 3, note: 'the text names its people in this role' },
  'from-across-country': { weight: 4, note: 'people came from across the country' },
  'national-body-people': { weight: 4, note: 'people of its own national body' },
  'own-body-people': { weight: 3, note: 'the participants represent one of its state bodies' },
  // Alone, people in the text are weak evidence for the host: they may come from anywhere.
  'people-take-part': { weight: 1, note: 'people take part' },
  'no-other-participants': { weight: 1, note: 'no other country is named for them' },
  'local-teachers': { weight: 3, note: '"local" or "national" trainers at an event it hosts' },
  'national-teachers': { weight: 3, note: '"national" trainers where all the participants are its people' },
  'own-body-teachers': { weight: 3, note: 'the trainers belong to one of its state bodies' },
  'state-post-teachers': { weight: 3, note: 'a listed speaker or trainer holds one of its state’s legal posts, at an event it hosts' },
  'counterpart-teachers': { weight: 3, note: 'the trainers’ counterparts at an event it hosts teach with them' },
  // The programme's earlier trainees came from it: a hint, never enough alone.
  'earlier-trainees': { weight: 1, note: 'the programme’s earlier trainees came from it' },
  'home-state-body': { weight: 1, note: 'its state body is the only one named, and not the host’s' },
  'regional-participants': { weight: -3, note: 'the participants come from member states or other countries' },
  'body-of-another-country': { weight: -3, note: 'the people’s body follows another country’s name' },
  'return-home': { weight: -3, note: 'the participants go home after it: they came from abroad' },
  'host-teaches': { weight: -2, note: 'the host’s own people teach another country’s' },
  'not-the-venue': { weight: -1, note: 'no venue names it: only its state bodies are named' },
};

/** A role is given at this score: a reading, or two implied signals together. */
export const ROLE_THRESHOLD = 2;
