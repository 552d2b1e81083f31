import { createRequire } from 'node:module';

// The HTML, XML and YAML parsers are loaded on first use (their CommonJS builds, synchronously): an
// archive of .txt releases without corrections.yaml, and a rebuild served from the cache, never pay
// ~0.1 s each to load them (under tsx every module of an ES import goes through its loader hooks).
const require = createRequire(import.meta.url);

type Linkedom = typeof import('linkedom');
type ReadabilityModule = typeof import('@mozilla/readability');
type FastXmlParser = typeof import('fast-xml-parser');
type Yaml = typeof import('yaml');

let linkedom: Linkedom | undefined;
let readability: ReadabilityModule | undefined;
let fastXmlParser: FastXmlParser | undefined;
let yaml: Yaml | undefined;

export function parseHTML(html: string): ReturnType<Linkedom['parseHTML']> {
  return (linkedom ??= require('linkedom') as Linkedom).parseHTML(html);
}

export function readabilityModule(): ReadabilityModule {
  return (readability ??= require('@mozilla/readability') as ReadabilityModule);
}

export function xmlParser(): FastXmlParser {
  return (fastXmlParser ??= require('fast-xml-parser') as FastXmlParser);
}

/** The `yaml` package: front matter of .md releases and corrections.yaml. */
export function yamlModule(): Yaml {
  return (yaml ??= require('yaml') as Yaml);
}
