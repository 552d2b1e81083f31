import { describe, expect, it } from 'vitest';
import { extractImage } from '../../../src/pipeline/extract/image.ts';
import { extractTitle } from '../../../src/pipeline/extract/title.ts';
import { spanOf } from './helpers.ts';

describe('extractTitle', () => {
  it('takes the first non-empty line without heading marks', () => {
    const text = '\n\n## OSCE trains customs officers ##\nBody';
    expect(extractTitle(text)).toEqual({ value: 'OSCE trains customs officers', span: spanOf(text, 'OSCE trains customs officers'), line: 3 });
  });

  it('skips an image line and finds none in blank text', () => {
    expect(extractTitle('![](https://a.example/x.jpg)\nTitle')?.value).toBe('Title');
    expect(extractTitle(' \n\t\n')).toBeNull();
  });
});

describe('extractImage', () => {
  it('keeps an https image with the span of its URL', () => {
    const text = 'Title\n![](https://a.example/x.jpg?1)\nBody';
    expect(extractImage(text)).toEqual({ ok: true, url: 'https://a.example/x.jpg?1', span: spanOf(text, 'https://a.example/x.jpg?1') });
  });

  it.each(['http://a.example/x.jpg', 'javascript:alert(1)', 'file:///etc/passwd', '/images/x.jpg'])('drops %s with a warning', (url) => {
    expect(extractImage(`Title\n![photo](${url})`)).toEqual({
      ok: false,
      warning: `image '${url}' dropped: only https: URLs are kept`,
    });
  });

  it('finds none without an image line', () => {
    expect(extractImage('Title\nSee https://a.example/x.jpg')).toBeNull();
  });
});
