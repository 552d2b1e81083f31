// The shell of `npm run data` (see run-data-cli.ts): the process's arguments, outputs and environment, nothing else.
import { runDataCli } from './run-data-cli.ts';

process.exitCode = runDataCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
});
