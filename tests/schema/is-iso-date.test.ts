import { describe, expect, it } from 'vitest';
import { IsoDate } from '../../src/schema/dataset.ts';
import { isIsoDate, isIsoDateOrNull } from '../../src/schema/is-iso-date.ts';

const zodSays = (v: unknown) => IsoDate.safeParse(v).success;

describe('isIsoDate accepts exactly what IsoDate accepts', () => {
  it('agrees on every day written of 1899–1901, 1999–2001 and 2099–2101, real or not (months 00–13, days 00–32)', () => {
    let accepted = 0;
    for (const y of [1899, 1900, 1901, 1999, 2000, 2001, 2099, 2100, 2101]) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(isIsoDate(s), s).toBe(zodSays(s));
          if (zodSays(s)) accepted++;
        }
      }
    }
    // Nine years of 365 or 366 days: 1900 and 2100 are not leap years, 2000 is.
    expect(accepted).toBe(9 * 365 + 1);
  });

  it('agrees on years IsoDate cannot hold (0000–0099, read by Date.UTC as 1900–1999) and on the edges of the range', () => {
    for (const s of ['0000-01-01', '0050-06-15', '0099-12-31', '0100-01-01', '0400-02-29', '9999-12-31', '1600-02-29', '1700-02-29']) expect(isIsoDate(s), s).toBe(zodSays(s));
  });

  it('agrees on what is not a date as YYYY-MM-DD', () => {
    for (const v of ['', '2020-1-01', '2020-01-1', '2020/01/01', '2020-01-01 ', ' 2020-01-01', '20200-01-01', '2020-0a-01', '２０２０-01-01', '2020-01-01T00:00', 'abcd-ef-gh', null, 20200101, undefined, {}]) {
      expect(isIsoDate(v), String(v)).toBe(zodSays(v));
    }
  });

  it('takes null as a nullable date', () => {
    expect(isIsoDateOrNull(null)).toBe(true);
    expect(isIsoDateOrNull('2024-02-29')).toBe(true);
    expect(isIsoDateOrNull('2023-02-29')).toBe(false);
  });
});
