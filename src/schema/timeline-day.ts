/**
 * The day the timeline draws an event on, decided once by the build step and carried in the
 * summary (`timelineDay`): its start, else its end (a start not stated), else the first day of the
 * range it lies in ("last week"); null for an undated event. The app reads it, never works it out.
 */
export function timelineDay(e: { startDate: string | null; endDate: string | null; approximateFrom: string | null }): string | null {
  return e.startDate ?? e.endDate ?? e.approximateFrom;
}
