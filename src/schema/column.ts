import { z } from 'zod';

/**
 * An array whose elements must each pass `item`, checked without zod's per-element machinery.
 * That machinery costs about 1 µs an element; a 100,000-event summary has over a million, and
 * checking them the ordinary way took most of the app's start-up. Here a plain predicate decides
 * (`fast`, or `item` itself for strings, remembered per distinct value since dates and names repeat),
 * and only the first bad element goes through `item` again to get zod's own message and its position.
 */
export function column<S extends z.ZodType>(item: S, fast?: (value: unknown) => boolean) {
  return z
    .custom<z.output<S>[]>((value) => Array.isArray(value), { message: 'expected an array' })
    .superRefine((values, ctx) => {
      const known = new Set<unknown>();
      const valid = fast ?? ((v: unknown) => known.has(v) || (item.safeParse(v).success && (known.add(v), true)));
      for (let i = 0; i < values.length; i++) {
        if (valid(values[i])) continue;
        const found = item.safeParse(values[i]);
        const message = found.success ? 'not allowed here' : (found.error.issues[0]?.message ?? 'invalid value');
        ctx.addIssue({ code: 'custom', path: [i], message });
        return;
      }
    });
}

/** Whole numbers from `min` to `max`, for columns of positions and bit sets. */
export const integerIn = (min: number, max = Number.MAX_SAFE_INTEGER) => (v: unknown) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
