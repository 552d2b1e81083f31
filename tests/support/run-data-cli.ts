// `npm run data` in the test's own process: the CLI's whole body (runDataCli) with its outputs
// captured, as the shell (src/pipeline/cli.ts) would print them. No Node start-up, no tsx, and the
// gazetteer loaded once per test file instead of once per build; each CLI keeps one spawned smoke
// test (tests/pipeline/cli.test.ts, tests/export/export.test.ts) for the shell itself.
import { runDataCli } from '../../src/pipeline/run-data-cli.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the data CLI with `argv`; SOURCE_DATE_EPOCH as given (unset: the current time). */
export function dataCli(argv: readonly string[], sourceDateEpoch?: string): CliRun {
  let stdout = '';
  let stderr = '';
  const code = runDataCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), sourceDateEpoch });
  return { code, stdout, stderr };
}
