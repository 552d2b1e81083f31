// The shell of `npm run export` (see run-export.ts): the file system and the process, nothing else.
import { readFileSync, writeFileSync } from 'node:fs';
import { runExport } from './run-export.ts';

process.exitCode = runExport(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
