import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, tileSource } from '../src/vite-plugins/csp.ts';

function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(policy.split('; ').map((d) => {
    const [name, ...sources] = d.split(' ');
    return [name!, sources];
  }));
}

describe('contentSecurityPolicy', () => {
  it("allows only the app's own origin, plus what the app needs: inline styles, data: and https: images", () => {
    expect(directives(contentSecurityPolicy())).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'https:'],
      'connect-src': ["'self'"],
      'font-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
    });
  });

  it('never allows inline or evaluated scripts, nor fetches from other origins', () => {
    const policy = contentSecurityPolicy('https://{s}.tiles.example.org/{z}/{x}/{y}.png');
    expect(directives(policy)['script-src']).toEqual(["'self'"]);
    expect(directives(policy)['connect-src']).toEqual(["'self'"]);
    expect(policy).not.toMatch(/unsafe-eval|'unsafe-inline'.*script|\*(?!\.tiles)/);
  });

  it('adds the tile host to img-src only when VITE_TILE_URL is set', () => {
    expect(directives(contentSecurityPolicy(undefined))['img-src']).toEqual(["'self'", 'data:', 'https:']);
    expect(directives(contentSecurityPolicy(''))['img-src']).toEqual(["'self'", 'data:', 'https:']);
    expect(directives(contentSecurityPolicy('http://localhost:8080/tiles/{z}/{x}/{y}.png'))['img-src']).toEqual([
      "'self'",
      'data:',
      'https:',
      'http://localhost:8080',
    ]);
  });
});

describe('tileSource', () => {
  it.each([
    ['https://{s}.tile.example.org/{z}/{x}/{y}.png', 'https://*.tile.example.org'],
    ['https://tiles.example.org/{z}/{x}/{y}.png?key=abc', 'https://tiles.example.org'],
    ['HTTP://Tiles.Example.org:8080/{z}/{x}/{y}.png', 'http://tiles.example.org:8080'],
  ])('%s → %s', (url, source) => {
    expect(tileSource(url)).toBe(source);
  });

  it.each([
    'not a url',
    'ftp://tiles.example.org/{z}.png',
    'javascript:alert(1)',
    "https://tiles.example.org; script-src 'unsafe-inline'/{z}.png",
    'https://tiles example.org/{z}.png',
    'https://a{s}b.example.org/{z}.png',
    'https://user:pass@tiles.example.org/{z}.png',
  ])('refuses %j, so it cannot widen the policy', (url) => {
    expect(tileSource(url)).toBeNull();
    expect(contentSecurityPolicy(url)).toBe(contentSecurityPolicy());
  });
});
