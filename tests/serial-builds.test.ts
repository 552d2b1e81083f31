import { describe, expect, test } from 'vitest';
import { serialBuilds } from '../src/vite-plugins/serial-builds.ts';

/** Builds that end only when the test says so; each records what it read when it started. */
function controlledBuilds() {
  let files = 'v1';
  const started: string[] = [];
  const finishers: Array<() => void> = [];
  const run = () => {
    started.push(files);
    return new Promise<void>((done) => finishers.push(done));
  };
  return {
    started,
    write: (v: string) => (files = v),
    finish: async (n: number) => {
      finishers[n]!();
      // Let the promise callbacks run (the next queued build starts in them).
      for (let i = 0; i < 5; i++) await Promise.resolve();
    },
    run,
  };
}

describe('serialBuilds', () => {
  test('an ask made while a build runs is answered by a build that started after it, and read what was written before it', async () => {
    const c = controlledBuilds();
    const build = serialBuilds(c.run);
    const first = build();
    c.write('v2');
    let secondDone = false;
    const second = build().then(() => (secondDone = true));
    expect(c.started).toEqual(['v1']);
    await c.finish(0);
    await first;
    // The first build is over, but the second ask's build has only just started, on what it asked after.
    expect(secondDone).toBe(false);
    expect(c.started).toEqual(['v1', 'v2']);
    await c.finish(1);
    await second;
    expect(secondDone).toBe(true);
  });

  test('asks made during one running build share one queued build; an ask during the queued build queues another', async () => {
    const c = controlledBuilds();
    const build = serialBuilds(c.run);
    void build();
    const a = build();
    const b = build();
    expect(a).toBe(b);
    await c.finish(0);
    expect(c.started.length).toBe(2);
    c.write('v3');
    const third = build();
    expect(third).not.toBe(a);
    await c.finish(1);
    await a;
    expect(c.started).toEqual(['v1', 'v1', 'v3']);
    await c.finish(2);
    await third;
  });

  test('a failed build does not stop the queued one', async () => {
    let calls = 0;
    const build = serialBuilds(() => (++calls === 1 ? Promise.reject(new Error('boom')) : Promise.resolve()));
    const first = build();
    const second = build();
    await expect(first).rejects.toThrow('boom');
    await expect(second).resolves.toBeUndefined();
    expect(calls).toBe(2);
  });

  test('with nothing running, an ask starts a build at once', async () => {
    let calls = 0;
    const build = serialBuilds(async () => void calls++);
    await build();
    await build();
    expect(calls).toBe(2);
  });
});
