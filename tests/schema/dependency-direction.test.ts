import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// pipeline → schema ← app: the schema imports only zod, the app never imports the pipeline,
// the pipeline never imports the app.
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
}

function violations(dir: string, forbidden: (spec: string, file: string) => boolean): string[] {
  return sourceFiles(dir).flatMap((file) =>
    importsOf(file)
      .filter((spec) => forbidden(spec, file))
      .map((spec) => `${relative('.', file)} imports ${spec}`),
  );
}

describe('dependency direction', () => {
  it('the schema imports only zod and itself', () => {
    expect(violations('src/schema', (spec) => !(spec === 'zod' || spec.startsWith('./')))).toEqual([]);
  });
  it('the app never imports the pipeline', () => {
    expect(violations('src/app', (spec) => spec.includes('/pipeline/'))).toEqual([]);
  });
  it('the app never imports the build-time modules (src/build runs in Node, inside vite.config.ts)', () => {
    expect(violations('src/app', (spec) => spec.includes('/build/'))).toEqual([]);
  });
  it('the pipeline never imports the app', () => {
    expect(violations('src/pipeline', (spec) => spec.includes('/app/'))).toEqual([]);
  });
});
