/**
 * `budget-citoyen`: the SDK from a terminal. Every command is a thin layer over an SDK function;
 * this file only dispatches, and turns every failure into one line on stderr and an exit code
 * (0 done, 1 failed, 2 wrong command line).
 */
import { VERSION } from '../index.js';
import { allocateCommand } from './allocate.js';
import { checkApiCommand } from './check-api.js';
import { UsageError } from './args.js';
import type { CliContext, Command } from './context.js';
import { describeFailure, EXIT_OK } from './failure.js';
import { exportPbCommand } from './export-pb.js';
import { projectsCommand } from './projects.js';
import { resultsCommand } from './results.js';

export const COMMANDS: readonly Command[] = [projectsCommand, resultsCommand, allocateCommand, exportPbCommand, checkApiCommand];

export interface CliIo extends CliContext {
  stderr(text: string): void;
}

const help = `Usage: budget-citoyen <command> [options]

Command-line tools for the Pas-de-Calais budget citoyen API and its open data.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)}  ${c.summary}`).join('\n')}

Options:
  -h, --help     help (of a command: budget-citoyen <command> --help)
  --version      the version

Commands that call the API read its root from --base-url, else $BUDGET_CITOYEN_API, else
http://127.0.0.1:4010/api/v1 (the mock server: npm run mock). A failure prints one line on
stderr and exits with 1; a mistake in the command line exits with 2.
Set BUDGET_CITOYEN_DEBUG=1 to also print the stack of an unexpected error.
`;

/** Runs one command line (without `node` and the script); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  try {
    await dispatch([...argv], io);
    return EXIT_OK;
  } catch (error) {
    const { message, exitCode } = describeFailure(error, io.baseUrl);
    io.stderr(`budget-citoyen: ${message}\n`);
    if (io.env.BUDGET_CITOYEN_DEBUG && error instanceof Error && error.stack) io.stderr(error.stack + '\n');
    return exitCode;
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<void> {
  const [name, ...args] = argv;
  if (name === undefined) throw new UsageError(`missing command: ${COMMANDS.map((c) => c.name).join(', ')} (see budget-citoyen --help)`);
  if (name === '-h' || name === '--help') return io.stdout(help);
  if (name === '--version' || name === '-v') return io.stdout(`${VERSION}\n`);
  if (name === 'help') return io.stdout(args[0] === undefined ? help : command(args[0]).help);
  const found = command(name);
  if (asksForHelp(args)) return io.stdout(found.help);
  await found.run(args, io);
}

function command(name: string): Command {
  const found = COMMANDS.find((c) => c.name === name);
  if (found) return found;
  const what = name.startsWith('-') ? `unknown option ${name}` : `unknown command ${JSON.stringify(name)}`;
  throw new UsageError(`${what}: expected one of ${COMMANDS.map((c) => c.name).join(', ')} (see budget-citoyen --help)`);
}

/** `-h` or `--help` anywhere before `--` wins over any other mistake in the line. */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((arg) => arg === '-h' || arg === '--help');
}

function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
  };
}
