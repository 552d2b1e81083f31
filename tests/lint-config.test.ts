// The import boundaries are enforced by `npm run lint` (eslint.config.js). These tests prove the
// rule can fail: a wrong-way import in a scratch file is an error, a right-way one is not. The
// scratch files are linted as text under a path inside the tree, so nothing is written there.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${file}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'import-x/no-restricted-paths' || m.ruleId === 'no-restricted-imports' || m.fatal).map((m) => m.message);
}

// The first lint loads the parser and plugins; done once here, so no test's time depends on it.
beforeAll(() => eslint.lintText('', { filePath: `${ROOT}src/schema/warm-up.ts` }), 120_000);

describe('the lint config guards the import boundaries', () => {
  it.each([
    ['src/app/helpers/scratch.ts', "import { parseViewState } from '../view/parse-view-state.ts';"],
    ['src/app/dataset/scratch.ts', "import { selectEvents } from '../view/select-events.ts';"],
    ['src/app/view/scratch.ts', "import { EventList } from '../features/event-list/event-list.tsx';"],
    ['src/app/features/map/scratch.ts', "import { ROLE_CHOICE_LABEL } from '../filters/role-choice-label.ts';"],
    ['src/app/features/timeline/scratch.ts', "import { App } from '../../app.tsx';"],
    ['src/app/scratch.ts', "import { buildDataset } from '../pipeline/build-dataset.ts';"],
    ['src/schema/scratch.ts', "import { buildDataset } from '../pipeline/build-dataset.ts';"],
    ['src/pipeline/scratch.ts', "import { toDay } from '../app/helpers/days.ts';"],
    ['src/pipeline/scratch.ts', "import { toCsv } from '../export/to-csv.ts';"],
    ['src/export/scratch.ts', "import { selectEvents } from '../app/view/select-events.ts';"],
    ['src/vocabulary/scratch.ts', "import { toCsv } from '../export/to-csv.ts';"],
    ['src/schema/scratch.ts', "import { countryName } from '../vocabulary/country-names.ts';"],
    ['src/app/scratch.ts', "import { runExport } from '../export-cli/run-export.ts';"],
    ['src/export-cli/scratch.ts', "import { ExportMenu } from '../app/features/export/export-menu.tsx';"],
  ])('rejects a wrong-way import in %s', async (file, code) => {
    expect(await boundaryErrors(file, `${code}\nexport const used = [${code.match(/\{ (\w+) \}/)![1]}];\n`)).toEqual([expect.stringContaining('restricted zone')]);
  });

  it.each(['src/export/scratch.ts', 'src/vocabulary/scratch.ts', 'src/app/view/scratch.ts'])('rejects a Node module in browser code: %s', async (file) => {
    expect(await boundaryErrors(file, "import { readFileSync } from 'node:fs';\nexport const used = [readFileSync];\n")).toEqual([expect.stringContaining('no Node modules')]);
  });

  it.each([
    ['src/app/features/map/scratch.ts', "import { venueName } from './layers/count-label.ts';"],
    ['src/app/features/map/scratch.ts', "import { lowerBound } from '../../helpers/lower-bound.ts';"],
    ['src/app/features/map/scratch.ts', "import { formatCount } from '../../../vocabulary/format-count.ts';"],
    ['src/app/features/export/scratch.ts', "import { exportFile } from '../../../export/export-file.ts';"],
    ['src/export/scratch.ts', "import { placeLabel } from '../vocabulary/place-label.ts';"],
    ['src/export-cli/scratch.ts', "import { selectEvents } from '../app/view/select-events.ts';"],
    ['src/pipeline/scratch.ts', "import { countryName } from '../vocabulary/country-names.ts';"],
    ['src/app/view/scratch.ts', "import { buildIndexes } from '../dataset/build-indexes.ts';"],
    ['src/app/scratch.ts', "import { Timeline } from './features/timeline/timeline.tsx';"],
    ['src/pipeline/scratch.ts', "import { Summary } from '../schema/app-files.ts';"],
  ])('accepts a right-way import in %s', async (file, code) => {
    expect(await boundaryErrors(file, `${code}\nexport const used = [${code.match(/\{ (\w+) \}/)![1]}];\n`)).toEqual([]);
  });

  it('has a zone for every feature folder', async () => {
    const config = (await eslint.calculateConfigForFile(`${ROOT}src/app/app.tsx`)) as { rules: Record<string, [unknown, { zones: { target: string }[] }]> };
    const zones = config.rules['import-x/no-restricted-paths']![1].zones;
    const features = readdirSync(`${ROOT}src/app/features`, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    const zoned = zones.map((z) => z.target).filter((t) => t.startsWith('./src/app/features/')).map((t) => t.slice('./src/app/features/'.length));
    expect(zoned.sort()).toEqual(features.sort());
  });
});
