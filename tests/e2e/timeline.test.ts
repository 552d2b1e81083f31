import type { Locator } from 'playwright-core';
import { expect, test } from 'vitest';
import { useAtlas } from './support/atlas.ts';
import { atlasPage } from './support/atlas-page.ts';
import { expectCount, expectVisible } from './support/eventually.ts';

const session = useAtlas();

const MONTH = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('the element has no box (hidden?)');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('the timeline sliders read as dates, and Home on "End date" drops the later event', async () => {
  const { page, open } = session();
  const atlas = atlasPage(page);
  await open();
  await expectVisible(atlas.timeline, 'the group "Timeline"');
  await expectVisible(atlas.timeline.getByRole('slider', { name: 'Start date' }), 'the slider "Start date" inside "Timeline"');
  expect(await atlas.startDate.getAttribute('aria-valuetext')).toMatch(new RegExp(`${MONTH.source}.*2014|2014.*${MONTH.source}`));
  expect(await atlas.endDate.getAttribute('aria-valuetext')).toMatch(/2015/);

  await atlas.endDate.focus();
  await page.keyboard.press('Home');
  await expectCount(atlas.events, 1, 'items after Home on "End date"');
  await expectVisible(atlas.events.filter({ hasText: 'Karaganda' }), 'the Karaganda item');
});

test('dragging the start handle with the mouse leaves the later event only', async () => {
  const { page, open } = session();
  const atlas = atlasPage(page);
  await open();
  await expectCount(atlas.events, 2, 'items before dragging');
  const from = await centre(atlas.startDate);
  const to = await centre(atlas.endDate);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, from.y, { steps: 8 });
  await page.mouse.up();
  await expectCount(atlas.events, 1, 'items after dragging the start to the middle');
  await expectVisible(atlas.events.filter({ hasText: 'Almaty' }), 'the Almaty item');
});

test('a start date in the URL leaves the later event only', async () => {
  const { page, open } = session();
  const atlas = atlasPage(page);
  await open('/?from=2015-01-01');
  await expectCount(atlas.events, 1, 'items with ?from=2015-01-01');
  await expectVisible(atlas.events.filter({ hasText: 'Almaty' }), 'the Almaty item');
});

test('Play moves the window until Pause stops it', async () => {
  const { page, open } = session();
  const atlas = atlasPage(page);
  await open();
  const play = page.getByRole('button', { name: 'Play' });
  await expectVisible(play, 'the button "Play"');
  const before = await atlas.startDate.getAttribute('aria-valuenow');
  await play.click();
  const pause = page.getByRole('button', { name: 'Pause' });
  await expectVisible(pause, 'the button "Pause" while playing');
  await expect
    .poll(() => atlas.startDate.getAttribute('aria-valuenow'), { timeout: 10_000, message: 'the window moves while playing' })
    .not.toBe(before);
  await pause.click();
  await expectVisible(play, 'the button "Play" after pausing');
  const stopped = await atlas.startDate.getAttribute('aria-valuenow');
  // Playback steps once a frame: 30 frames drawn would have moved it.
  await page.evaluate(() => new Promise<void>((resolve) => {
    let frames = 0;
    const next = () => (++frames >= 30 ? resolve() : requestAnimationFrame(next));
    requestAnimationFrame(next);
  }));
  expect(await atlas.startDate.getAttribute('aria-valuenow'), 'the window stays put after Pause').toBe(stopped);
});
