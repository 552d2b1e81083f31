import { describe, expect, it } from 'vitest';
import { toDay } from '../../../src/app/helpers/days.ts';
import { axisLabels } from '../../../src/app/features/timeline/timeline.tsx';
import { axisTicks } from '../../../src/app/features/timeline/timeline-bars.tsx';
import { trackScale } from '../../../src/app/features/timeline/track-scale.ts';
import { granularityFor } from '../../../src/app/view/time-window.ts';

describe('axisLabels', () => {
  it('leaves out a tick before the track, and shifts each label by its share of the track so none runs past an end', () => {
    // 1 January 2001 lies before the padded start of a domain from November: its label was cut to "01".
    const d = { min: toDay('2001-11-15'), max: toDay('2025-11-30') };
    const labels = axisLabels(axisTicks(d, granularityFor(d)), trackScale(d));
    expect(labels.map((l) => l.label)).not.toContain('2001');
    expect(labels.every((l) => l.pct >= 0 && l.pct <= 100 && l.shift === l.pct)).toBe(true);
  });

  it('keeps the first tick when it lies in the padding before the domain', () => {
    const d = { min: toDay('2001-01-20'), max: toDay('2025-11-30') };
    expect(axisLabels(axisTicks(d, granularityFor(d)), trackScale(d))[0]).toMatchObject({ label: '2001' });
  });
});
