import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/app/features/map/escape-html.ts';

describe('escapeHtml', () => {
  it('neutralises markup from a press release', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;',
    );
  });

  it('round-trips through the DOM as the original text', () => {
    const div = document.createElement('div');
    div.innerHTML = escapeHtml('Ust-Kamenogorsk <b>"Öskemen"</b> & co');
    expect(div.textContent).toBe('Ust-Kamenogorsk <b>"Öskemen"</b> & co');
    expect(div.children).toHaveLength(0);
  });
});
