import { readFileSync } from 'node:fs';
import { defineCommand, parseArgs, renderUsage, type ArgsDef, type CommandDef } from 'citty';
import { processIo, type Io } from './io/output.js';
import { InputError } from './io/read-input.js';
import { FORMATS, parseFormats, UsageError } from './formats.js';

const EXIT_CODES = `Exit codes: 0 success (warnings allowed), 1 an article had errors, 2 usage or I/O error.`;

const common = {
  quiet: { type: 'boolean', description: 'Print only errors' },
  'max-bytes': { type: 'string', description: 'Largest input file accepted, in bytes (default 5242880)', valueHint: 'N' },
} as const satisfies ArgsDef;

const parseCommand = defineCommand({
  meta: { name: 'parse', description: `Print the treaty model of one article as JSON.\n\nExamples:\n  treatykit parse examples/ussr-japan-neutrality-pact.txt\n  cat article.md | treatykit parse -\n\n${EXIT_CODES}` },
  args: { file: { type: 'positional', description: 'Article file, or - for stdin', required: false }, ...common },
});

const buildCommand = defineCommand({
  meta: {
    name: 'build',
    description: `Convert articles into every output format.\n\nExamples:\n  treatykit build examples --out out\n  treatykit build articles/ --out dist/ --format json\n\n${EXIT_CODES}`,
  },
  args: {
    input: { type: 'positional', description: 'Files or folders (all .txt/.md inside), or - for stdin', required: false },
    out: { type: 'string', description: 'Output folder', default: 'out', valueHint: 'DIR' },
    format: { type: 'string', description: `Formats: ${Object.keys(FORMATS).join(',')} or all`, default: 'all', valueHint: 'LIST' },
    ...common,
  },
});

const schemaCommand = defineCommand({
  meta: { name: 'schema', description: `Print the JSON Schema of the treaty model.\n\nExample:\n  treatykit schema > treaty.schema.json` },
});

const COMMANDS: Record<string, CommandDef<ArgsDef>> = { parse: parseCommand, build: buildCommand, schema: schemaCommand } as unknown as Record<string, CommandDef<ArgsDef>>;

const rootCommand = defineCommand({
  meta: {
    name: 'treatykit',
    version: version(),
    description: `Turn articles about historical treaties into structured data.\n\nExamples:\n  treatykit build examples --out out\n  treatykit parse article.txt\n\n${EXIT_CODES}`,
  },
  subCommands: COMMANDS,
});

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function maxBytes(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--max-bytes expects a positive whole number, found "${String(value)}"`);
  return n;
}

// citty does not accept "-" (stdin) as a positional argument, so it stands in for it while parsing.
const STDIN = '\u0000stdin';

function parseCommandArgs(rest: readonly string[], def: ArgsDef): ReturnType<typeof parseArgs> {
  try {
    const args = parseArgs(rest.map((a) => (a === '-' ? STDIN : a)), def);
    return { ...args, _: args._.map((a) => (a === STDIN ? '-' : a)) };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Runs the CLI with the given arguments and returns the exit code; the only place that reports failures. */
export async function main(argv: readonly string[], io: Io = processIo(argv.includes('--quiet'))): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h') {
      io.out.write((await renderUsage(rootCommand)) + '\n');
      return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-v') {
      io.out.write(version() + '\n');
      return 0;
    }
    const command = COMMANDS[name];
    if (!command) throw new UsageError(`unknown command "${name}"; expected one of ${Object.keys(COMMANDS).join(', ')}`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out.write((await renderUsage(command, rootCommand)) + '\n');
      return 0;
    }
    const args = parseCommandArgs(rest, (command.args ?? {}) as ArgsDef);
    const positionals = args._;
    switch (name) {
      case 'parse': {
        if (positionals.length !== 1) throw new UsageError(`parse expects one FILE or -, found ${positionals.length}`);
        const { runParse } = await import('./commands/parse.js');
        return await runParse(positionals[0] ?? '-', io, maxBytes(args['max-bytes']));
      }
      case 'build': {
        if (positionals.length === 0) throw new UsageError('build expects at least one INPUT (file, folder or -)');
        const { runBuild } = await import('./commands/build.js');
        return await runBuild(
          { inputs: positionals, out: String(args.out ?? 'out'), formats: parseFormats(String(args.format ?? 'all')), maxBytes: maxBytes(args['max-bytes']) },
          io,
        );
      }
      default: {
        const { runSchema } = await import('./commands/schema.js');
        return runSchema(io);
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err.write(`treatykit: ${error.message}\nRun "treatykit --help" for usage.\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.err.write(`${error.message}\n`);
      return 2;
    }
    const e = error as NodeJS.ErrnoException;
    if (e.code && e.syscall) {
      io.err.write(`treatykit: ${e.syscall} ${e.path ?? ''} failed: ${e.code}\n`);
      return 2;
    }
    throw error;
  }
}
