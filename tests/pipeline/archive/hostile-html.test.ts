// Untrusted pages are parsed, never run: text only reaches the release.
import { describe, expect, it } from 'vitest';
import { markupDepth } from '../../../src/pipeline/formats/read-html.ts';
import { readReleases } from '../../../src/pipeline/formats/read-releases.ts';

const read = (name: string, html: string) => readReleases(name, new TextEncoder().encode(html));

describe('hostile HTML', () => {
  it('keeps text only: no script, handler, javascript: link or comment reaches the text, and nothing runs', () => {
    (globalThis as { pwned?: boolean }).pwned = false;
    const [outcome] = read('evil.html', `<!doctype html><html><head><title>Training in Tirana</title>
      <script>globalThis.pwned = true</script><meta property="og:image" content="http://example.org/x.jpg"></head>
      <body onload="globalThis.pwned = true"><h1>Training in Tirana</h1>
      <p>A seminar for police officers was held today in Tirana.<img src="x" onerror="globalThis.pwned = true"></p>
      <p><a href="javascript:globalThis.pwned = true">Read more</a><!-- <script>bad()</script> --></p>
      <iframe src="https://example.org/frame"></iframe><style>p{}</style></body></html>`);
    expect((globalThis as { pwned?: boolean }).pwned).toBe(false);
    expect('release' in outcome!).toBe(true);
    const { text, metadata } = (outcome as { release: { text: string; metadata: { imageUrl: string | null } } }).release;
    expect(text).toBe('Training in Tirana\nA seminar for police officers was held today in Tirana.\nRead more\n');
    expect(text).not.toMatch(/pwned|javascript|onerror|bad\(\)|<|>/);
    // Only https images.
    expect(metadata.imageUrl).toBeNull();
  });

  it('rejects a 2 MB page of 175,000 nested tags, read in one pass before parsing, with the reason', () => {
    const depth = 175_000;
    const html = `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}A seminar was held in Baku.${'</div>'.repeat(depth)}</body></html>`;
    expect(html.length).toBeGreaterThan(1_900_000);
    expect(read('deep.html', html)).toEqual([
      { rejected: { name: 'deep.html', line: null, reason: expect.stringMatching(/^deep\.html: tags nest over 10,000 levels deep .*expected a saved press release/) } },
    ]);
  });

  it('reads a page nested 2,000 levels deep, past Readability, as all of its text, and says so', () => {
    const depth = 2_000;
    const html = `<!doctype html><html><head><title>Deep</title></head><body>${'<span>'.repeat(depth)}A seminar was held in Baku.${'</span>'.repeat(depth)}</body></html>`;
    const [outcome] = read('deep.html', html);
    expect(outcome).toEqual({
      release: expect.objectContaining({ text: 'Deep\nA seminar was held in Baku.\n', warnings: [expect.stringMatching(/nested over 400 levels deep; all of its text was kept/)] }),
    });
  });

  it('counts how deep tags nest without parsing: void, self-closed and self-closing-by-sibling tags do not nest', () => {
    expect(markupDepth('<html><body><div><span>a</span><span>b</span></div></body></html>', 100)).toBe(4);
    expect(markupDepth(`<body>${'<p>x'.repeat(50_000)}${'<br><img src="a">'.repeat(1000)}<svg><path d="1"/></svg></body>`, 100)).toBe(2);
    expect(markupDepth(`${'<b>'.repeat(500)}`, 100)).toBe(101);
    expect(markupDepth('</div></div><div>', 100)).toBe(1);
  });

  it('reads a page saved as .txt as a page, and a feed saved as .html as a feed', () => {
    const [page] = read('saved.txt', '<!DOCTYPE html><html><head><title>T</title></head><body><h1>Course in Osh</h1><p>A course was held today in Osh.</p></body></html>');
    expect((page as { release: { text: string } }).release.text).toBe('Course in Osh\nA course was held today in Osh.\n');
    const items = read('feed.html', '<?xml version="1.0"?><rss version="2.0"><channel><item><title>A</title><guid>1</guid><description>Text a.</description></item><item><title>B</title><guid>2</guid><description>Text b.</description></item></channel></rss>');
    expect(items.map((o) => ('release' in o ? o.release.name : o.rejected.name))).toEqual(['feed.html#1', 'feed.html#2']);
  });
});
