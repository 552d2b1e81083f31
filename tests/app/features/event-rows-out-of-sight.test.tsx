import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventSummary } from '../../../src/schema/app-files.ts';
import { EventList } from '../../../src/app/features/event-list/event-list.tsx';
import { runIdleCallbacks, stubIdleCallbacks } from '../fixtures/idle-callbacks.ts';

// jsdom has no IntersectionObserver: this stand-in says which elements are in sight (every one
// unless a test scrolls it away); idle-callbacks.ts says when the browser is idle.
const observed = new Map<Element, (inSight: boolean) => void>();
class FakeObserver {
  private el: Element | null = null;
  constructor(private readonly callback: (entries: { isIntersecting: boolean }[]) => void) {}
  observe(el: Element) {
    this.el = el;
    observed.set(el, (inSight) => this.callback([{ isIntersecting: inSight }]));
  }
  disconnect() {
    if (this.el) observed.delete(this.el);
  }
}

const event = (id: string, title: string): EventSummary => ({
  id, title, kind: 'seminar', startDate: '2014-11-03', endDate: null, publishedDate: null, venues: [], participantCount: null, approximate: null, written: null,
});
const first = Array.from({ length: 8 }, (_, i) => event(`a${i}`, `Old event ${i}`));
const second = Array.from({ length: 8 }, (_, i) => event(`b${i}`, `New event ${i}`));
const props = { apart: [], selectedId: null, search: 'ready' as const, onSelect: () => undefined, onClearFilters: () => undefined };

/** Rows from `from` on scroll below the screen, as the list's last rows do at the foot of a desktop screen. */
function scrollRowsAway(from: number) {
  const rows = screen.getAllByRole('listitem');
  act(() => rows.slice(from).forEach((row) => observed.get(row)?.(false)));
}
const titles = () => screen.getAllByRole('button', { name: /event \d/ }).map((b) => b.textContent);

describe('the event list rows out of sight', () => {
  beforeEach(() => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    stubIdleCallbacks();
  });
  afterEach(() => {
    cleanup();
    observed.clear();
    vi.unstubAllGlobals();
  });

  it('shows a new result at once in the rows in sight, and in the others once the browser is idle', () => {
    const { rerender } = render(<EventList events={first} {...props} />);
    scrollRowsAway(3);
    rerender(<EventList events={second} {...props} />);
    // The rows out of sight wait, hidden from assistive technology and inert meanwhile: no old
    // event is offered, and no event twice.
    expect(titles()).toEqual(['New event 0', 'New event 1', 'New event 2']);
    expect(screen.getAllByRole('listitem', { hidden: true })[5]).toHaveAttribute('inert');
    runIdleCallbacks();
    expect(titles()).toEqual(second.map((e) => e.title));
    expect(screen.getAllByRole('listitem', { hidden: true })[5]).not.toHaveAttribute('inert');
  });

  it('shows a waiting row the new event at once when it scrolls into sight', () => {
    const { rerender } = render(<EventList events={first} {...props} />);
    scrollRowsAway(3);
    rerender(<EventList events={second} {...props} />);
    const row = screen.getAllByRole('listitem', { hidden: true })[4]!;
    act(() => observed.get(row)?.(true));
    expect(titles()).toEqual(['New event 0', 'New event 1', 'New event 2', 'New event 4']);
  });
});
