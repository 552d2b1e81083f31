import { describe, expect, test } from 'vitest';
import { remembered } from '../../src/pipeline/text/remembered.ts';

describe('remembered', () => {
  test('reads each argument once, and again only after it was cleared for being full', () => {
    const asked: string[] = [];
    const length = remembered((word) => (asked.push(word), word.length), 2);
    expect([length('judge'), length('judge'), length('court')]).toEqual([5, 5, 5]);
    expect(asked).toEqual(['judge', 'court']);
    // Full at two answers: the third argument clears them, so 'judge' is read again.
    expect([length('bench'), length('judge')]).toEqual([5, 5]);
    expect(asked).toEqual(['judge', 'court', 'bench', 'judge']);
  });

  test('remembers a null answer as an answer', () => {
    let reads = 0;
    const none = remembered(() => (reads++, null));
    none('a');
    none('a');
    expect(reads).toBe(1);
  });
});
