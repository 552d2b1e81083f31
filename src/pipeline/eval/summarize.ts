import { FIELDS, README_FIELDS, type Field, type ReleaseScore } from './score.ts';

export interface Summary {
  releases: number;
  /** Share of releases with the field right, per field. */
  accuracy: Record<Field, number>;
  /** Share of right fields over the README's fields (event found, dates, venue, count, country sets). */
  overall: number;
  /** The same share over every field scored here. */
  overallAllFields: number;
  rolePrecision: number;
  roleRecall: number;
  /** Of the venue places the build gave, the share paired with an annotated place (1 when it gave none). */
  placePrecision: number;
  /** Of the annotated places, the share paired with one the build gave (1 when none is annotated). */
  placeRecall: number;
}

/** Per-field accuracy, the overall shares and precision/recall over country roles. */
export function summarize(scores: readonly ReleaseScore[]): Summary {
  const accuracy = Object.fromEntries(
    FIELDS.map((field) => [field, share(scores.filter((s) => s.fields.some((f) => f.field === field && f.ok)).length, scores.length)]),
  ) as Record<Field, number>;
  const fieldsIn = (names: readonly Field[]) => scores.flatMap((s) => s.fields.filter((f) => names.includes(f.field)));
  const readme = fieldsIn(README_FIELDS);
  const all = fieldsIn(FIELDS);
  const tp = sum(scores, (s) => s.roles.truePositives);
  const fp = sum(scores, (s) => s.roles.falsePositives);
  const fn = sum(scores, (s) => s.roles.falseNegatives);
  return {
    releases: scores.length,
    accuracy,
    overall: share(readme.filter((f) => f.ok).length, readme.length),
    overallAllFields: share(all.filter((f) => f.ok).length, all.length),
    rolePrecision: tp + fp === 0 ? 1 : tp / (tp + fp),
    roleRecall: tp + fn === 0 ? 1 : tp / (tp + fn),
    placePrecision: ratioOr1(sum(scores, (s) => s.places.paired), sum(scores, (s) => s.places.given)),
    placeRecall: ratioOr1(sum(scores, (s) => s.places.paired), sum(scores, (s) => s.places.expected)),
  };
}

function ratioOr1(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function sum(scores: readonly ReleaseScore[], pick: (s: ReleaseScore) => number): number {
  return scores.reduce((total, s) => total + pick(s), 0);
}
