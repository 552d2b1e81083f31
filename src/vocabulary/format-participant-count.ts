import type { ParticipantCount } from '../schema/dataset.ts';

/** The count as the text supports it: "8", "60 (about)", "more than 80". */
export function formatParticipantCount(count: ParticipantCount): string {
  if (count.qualifier === 'about') return `${count.value} (about)`;
  if (count.qualifier === 'at least') return `more than ${count.value}`;
  return String(count.value);
}
