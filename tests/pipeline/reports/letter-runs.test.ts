import { describe, expect, it } from 'vitest';
import { letterRuns } from '../../../src/pipeline/reports/report-print.ts';

// letterRuns reads by hand what /\p{L}{4,}/gu finds; this holds it to the expression's answers.
const byExpression = (text: string) => text.match(/\p{L}{4,}/gu) ?? [];

describe('letterRuns', () => {
  it('finds what /\\p{L}{4,}/gu finds in English, accents, other scripts, digits and marks', () => {
    for (const text of [
      'Risk analysis at border crossings, 2019: 24 officers',
      'Ciudad Juárez — Ürümqi, Kraków and Thành phố Hồ Chí Minh',
      'Алматы и Бишкек; 東京 and 東京都庁舎; مرحبا بالعالم',
      'cafe\u0301 naïve co-operation l’École abc abcd',
      '𝐀𝐁𝐂𝐃 math letters, 😀😀😀😀 emoji, lone \ud800 surrogate abcd',
      '',
      'abcd',
    ]) expect([...letterRuns(text, 4)], text).toEqual(byExpression(text));
  });

  it('agrees with the expression on random text drawn from letters, marks, digits, spaces and astral code points', () => {
    const alphabet = ['a', 'Z', 'é', 'ß', 'ж', '字', '\u0301', '1', ' ', '-', '’', '𝐀', '😀', '\ud800', '\n'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: Math.floor(next() * 40) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect([...letterRuns(text, 4)], JSON.stringify(text)).toEqual(byExpression(text));
    }
  });
});
