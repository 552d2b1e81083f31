import { createRequire } from 'node:module';

// The HTML and XML parsers are loaded on first use (their CommonJS builds, synchronously): an
// archive of .txt releases, and a rebuild served from the cache, never pay ~0.1 s to load them.
const require = createRequire(import.meta.url);

type Linkedom = typeof import('linkedom');
type ReadabilityModule = typeof import('@mozilla/readability');
type FastXmlParser = typeof import('fast-xml-parser');

let linkedom: Linkedom | undefined;
let readability: ReadabilityModule | undefined;
let fastXmlParser: FastXmlParser | undefined;

export function parseHTML(html: string): ReturnType<Linkedom['parseHTML']> {
  return (linkedom ??= require('linkedom') as Linkedom).parseHTML(html);
}

export function readabilityModule(): ReadabilityModule {
  return (readability ??= require('@mozilla/readability') as ReadabilityModule);
}

export function xmlParser(): FastXmlParser {
  return (fastXmlParser ??= require('fast-xml-parser') as FastXmlParser);
}
