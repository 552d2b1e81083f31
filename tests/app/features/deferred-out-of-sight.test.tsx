import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDeferredOutOfSight } from '../../../src/app/features/event-list/use-deferred-out-of-sight.ts';
import { queuedIdleCallbacks, runIdleCallbacks, stubIdleCallbacks } from '../fixtures/idle-callbacks.ts';

// jsdom has no IntersectionObserver: this stand-in lets a test say when the element scrolls in or
// out of sight; idle-callbacks.ts says when the browser goes idle.
let report: ((inSight: boolean) => void) | null = null;
class FakeObserver {
  constructor(private readonly callback: (entries: { isIntersecting: boolean }[]) => void) {}
  observe() {
    report = (inSight) => this.callback([{ isIntersecting: inSight }]);
  }
  disconnect() {
    report = null;
  }
}

function Shown({ value }: { value: string }) {
  const { shown, ref } = useDeferredOutOfSight<string, HTMLParagraphElement>(value);
  return <p ref={ref}>{shown}</p>;
}

const scrolled = (inSight: boolean) => act(() => report?.(inSight));

describe('useDeferredOutOfSight', () => {
  beforeEach(() => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    stubIdleCallbacks();
  });
  afterEach(() => {
    cleanup(); // Unmounts (cancelling any idle callback) before the stand-ins go.
    vi.unstubAllGlobals();
  });

  it('shows a new value at once while the element is in sight', () => {
    const { rerender } = render(<Shown value="Kazakhstan" />);
    rerender(<Shown value="Germany" />);
    expect(screen.getByText('Germany')).toBeInTheDocument();
    expect(queuedIdleCallbacks()).toEqual([]);
  });

  it('out of sight, shows the newest value once the browser is idle', () => {
    const { rerender } = render(<Shown value="Kazakhstan" />);
    scrolled(false);
    rerender(<Shown value="Germany" />);
    rerender(<Shown value="France" />);
    expect(screen.getByText('Kazakhstan')).toBeInTheDocument();
    runIdleCallbacks();
    expect(screen.getByText('France')).toBeInTheDocument();
  });

  it('out of sight, keeps showing the last value it showed in sight', () => {
    const { rerender } = render(<Shown value="Kazakhstan" />);
    rerender(<Shown value="Germany" />);
    scrolled(false);
    rerender(<Shown value="France" />);
    expect(screen.getByText('Germany')).toBeInTheDocument();
  });

  it('catches up at once when the element scrolls into sight before the browser is idle', () => {
    const { rerender } = render(<Shown value="Kazakhstan" />);
    scrolled(false);
    rerender(<Shown value="Germany" />);
    expect(screen.getByText('Kazakhstan')).toBeInTheDocument();
    scrolled(true);
    expect(screen.getByText('Germany')).toBeInTheDocument();
    rerender(<Shown value="France" />);
    expect(screen.getByText('France')).toBeInTheDocument();
  });

  it('follows every value where the browser cannot tell what is in sight', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const { rerender } = render(<Shown value="Kazakhstan" />);
    rerender(<Shown value="Germany" />);
    expect(screen.getByText('Germany')).toBeInTheDocument();
  });
});
