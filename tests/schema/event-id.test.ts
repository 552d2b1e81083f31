import { describe, expect, it } from 'vitest';
import { parseViewState } from '../../src/app/view/parse-view-state.ts';
import { assignSeedIds, slugOfFileName } from '../../src/pipeline/seed-id.ts';
import { EVENT_ID, EVENT_ID_MAX_LENGTH } from '../../src/schema/event-id.ts';

const LONG = `${'regional-workshop-on-border-security-'.repeat(9)}`.slice(0, 296) + '.txt';

describe('one id rule for the id maker and the URL', () => {
  it('makes an id the URL keeps from a 300-character file name', () => {
    expect(LONG).toHaveLength(300);
    const id = slugOfFileName(LONG);
    expect(id.length).toBeLessThanOrEqual(EVENT_ID_MAX_LENGTH);
    expect(EVENT_ID.test(id)).toBe(true);
    expect(id.startsWith('regional-workshop-on-border-security-')).toBe(true);
    expect(parseViewState(new URLSearchParams({ event: id })).event).toBe(id);
  });

  it('keeps the rule for two long names that share a beginning, each its own id', () => {
    const other = LONG.replace(/\.txt$/, '-b.txt');
    const ids = assignSeedIds([LONG, other]);
    expect(new Set(ids.values()).size).toBe(2);
    for (const id of ids.values()) expect(parseViewState(new URLSearchParams({ event: id })).event).toBe(id);
  });

  it('keeps a short name as its slug, and the URL refuses what the rule refuses', () => {
    expect(slugOfFileName('000_D4ec6a025d7df8af.txt')).toBe('000-d4ec6a025d7df8af');
    expect(parseViewState(new URLSearchParams({ event: 'a'.repeat(EVENT_ID_MAX_LENGTH + 1) })).event).toBeNull();
  });
});
