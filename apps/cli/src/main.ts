import { availableParallelism } from 'node:os';
import { defineCommand, parseArgs, renderUsage, type ArgsDef, type CommandDef } from 'citty';
import { asksForHelp, COMMAND_NAMES, isCommandName, type CommandName } from './command-line.js';
import { processIo, type Io } from './io/output.js';
import { InputError } from './io/read-input.js';
import { describeWriteError, OutputError } from './io/write-errors.js';
import { FORMATS, parseFormats, UsageError } from './formats.js';
import { version } from './version.js';

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
    description:
      `Convert articles into every output format: OUT/<id>.<ext> per article and OUT/index.json.\n` +
      `Unchanged articles (same text and options as the last build into OUT) are skipped.\n\n` +
      `Examples:\n  treatykit build examples --out out\n  treatykit build articles/ --out dist/ --format json,md --jobs 2\n  treatykit build "articles/**/*.md" --out dist --watch\n\n${EXIT_CODES}`,
  },
  args: {
    input: { type: 'positional', description: 'Files, folders (all .txt/.md inside), quoted globs, or - for stdin', required: false },
    out: { type: 'string', description: 'Output folder (default: out)', valueHint: 'DIR' },
    format: { type: 'string', description: `Formats: ${Object.keys(FORMATS).join(',')} or all (default: all)`, valueHint: 'LIST' },
    'base-url': { type: 'string', description: 'Base IRI of JSON-LD @ids (default: https://treatykit.invalid/treaties/)', valueHint: 'URL' },
    paper: { type: 'string', description: 'PDF paper size: a4 or letter (default: a4)', valueHint: 'SIZE' },
    pdfa: { type: 'boolean', description: 'Write archival PDF/A' },
    jobs: { type: 'string', description: 'Worker threads (default: number of cores)', valueHint: 'N' },
    timeout: { type: 'string', description: 'Longest one article may take to convert, in seconds; 0 for no limit (default: 120)', valueHint: 'SECONDS' },
    force: { type: 'boolean', description: 'Rebuild every article, even unchanged ones' },
    watch: { type: 'boolean', description: 'Keep running and rebuild what changes' },
    ...common,
  },
});

const validateCommand = defineCommand({
  meta: {
    name: 'validate',
    description: `Check articles and report diagnostics only; nothing is written.\n\nExamples:\n  treatykit validate articles/\n  treatykit validate --json --strict "articles/*.txt"\n\n${EXIT_CODES} With --strict, warnings count as errors.`,
  },
  args: {
    input: { type: 'positional', description: 'Files, folders, quoted globs, or -', required: false },
    json: { type: 'boolean', description: 'Print the diagnostics as JSON on stdout' },
    strict: { type: 'boolean', description: 'Fail on warnings too' },
    ...common,
  },
});

const schemaCommand = defineCommand({
  meta: { name: 'schema', description: `Print the JSON Schema of the treaty model.\n\nExample:\n  treatykit schema > treaty.schema.json` },
});

const COMMANDS = { parse: parseCommand, build: buildCommand, validate: validateCommand, schema: schemaCommand } satisfies Record<CommandName, unknown> as unknown as Record<CommandName, CommandDef<ArgsDef>>;

const rootCommand = defineCommand({
  meta: {
    name: 'treatykit',
    version: version(),
    description: `Turn articles about historical treaties into structured data.\n\nExamples:\n  treatykit build examples --out out\n  treatykit parse article.txt\n\n${EXIT_CODES}`,
  },
  subCommands: COMMANDS,
});

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

function jobs(value: unknown): number {
  if (value === undefined) return Math.max(1, availableParallelism());
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--jobs expects a whole number from 1 to 64, found "${String(value)}"`);
  return n;
}

function timeoutMs(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (String(value).trim() === '' || !Number.isFinite(n) || n < 0) throw new UsageError(`--timeout expects a number of seconds (0 for no limit), found "${String(value)}"`);
  // Timers take at most 2^31 - 1 ms (about 24 days); anything longer is no limit.
  return n * 1000 > 2_147_483_647 ? 0 : Math.ceil(n * 1000);
}

function paper(value: unknown): 'a4' | 'letter' | undefined {
  if (value === undefined) return undefined;
  if (value === 'a4' || value === 'letter') return value;
  throw new UsageError(`--paper expects a4 or letter, found "${String(value)}"`);
}

function baseUrl(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--base-url expects an absolute http(s) URL, found "${text}"`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new UsageError(`--base-url expects an http or https URL, found "${text}"`);
  return text.endsWith('/') ? text : `${text}/`;
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
    if (!isCommandName(name)) throw new UsageError(`unknown command "${name}"; expected one of ${COMMAND_NAMES.join(', ')}`);
    const command = COMMANDS[name];
    if (asksForHelp(rest)) {
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
        if (positionals.length === 0) throw new UsageError('build expects at least one INPUT (file, folder, glob or -)');
        const { runBuild } = await import('./commands/build.js');
        return await runBuild(
          {
            inputs: positionals,
            out: String(args.out ?? 'out'),
            formats: parseFormats(String(args.format ?? 'all')),
            render: { baseUrl: baseUrl(args['base-url']), paper: paper(args.paper), pdfa: args.pdfa === true },
            jobs: jobs(args.jobs),
            timeoutMs: timeoutMs(args.timeout),
            force: args.force === true,
            watch: args.watch === true,
            maxBytes: maxBytes(args['max-bytes']),
            version: version(),
          },
          io,
        );
      }
      case 'validate': {
        if (positionals.length === 0) throw new UsageError('validate expects at least one INPUT (file, folder, glob or -)');
        const { runValidate } = await import('./commands/validate.js');
        return await runValidate({ inputs: positionals, json: args.json === true, strict: args.strict === true, maxBytes: maxBytes(args['max-bytes']) }, io);
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
    if (error instanceof OutputError) {
      io.err.write(`treatykit: ${error.message}; the outputs already written are complete, and running the build again finishes the rest\n`);
      return 2;
    }
    const e = error as NodeJS.ErrnoException;
    if (e.code && e.syscall) {
      io.err.write(`treatykit: ${e.syscall} ${e.path ?? ''} failed: ${describeWriteError(e)}\n`);
      return 2;
    }
    // A bug: said plainly, with the stack only on request, so a user sees no trace they cannot use.
    io.err.write(`treatykit: internal error: ${(error as Error)?.message ?? String(error)}\nThis is a bug in treatykit; please report it with the input that caused it.${process.env.TREATYKIT_DEBUG ? `\n${(error as Error)?.stack ?? ''}` : ' Set TREATYKIT_DEBUG=1 to see where it happened.'}\n`);
    return 2;
  }
}
