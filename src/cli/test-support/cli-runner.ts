// Child process for tests: runs many command lines through the real CLI (`main`), one after the
// other in this process (no process start-up per command), and writes each one's exit code and
// standard output to a JSON file. Arguments: the file of command lines (a JSON array of argv
// arrays) and the file to write the results to.
import { readFileSync, writeFileSync } from 'node:fs';
import { main } from '../main.js';

const [commandsFile, resultsFile] = process.argv.slice(2);
const commands = JSON.parse(readFileSync(commandsFile!, 'utf8')) as string[][];
const results: Array<{ argv: string[]; code: number; stdout: string }> = [];
const write = process.stdout.write.bind(process.stdout);
for (const argv of commands) {
  let stdout = '';
  // biome-ignore lint/suspicious/noExplicitAny: stdout.write has several overloads; the text is all we keep
  (process.stdout as any).write = (chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  };
  let code: number;
  try {
    code = await main(argv);
  } finally {
    process.stdout.write = write;
  }
  results.push({ argv, code, stdout });
}
writeFileSync(resultsFile!, JSON.stringify(results));
