// The command's entry: real streams, real clock, the terminal's language.
import { run } from './cli';
import { languageOf } from './messages';
import { readPassword } from './password';

const env = process.env;
const language = languageOf(env.LC_ALL || env.LC_MESSAGES || env.LANG);
run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  password: (prompt) => readPassword(prompt),
  now: () => Date.now(),
  language,
}).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`open-backup: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
