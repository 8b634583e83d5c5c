// What a command line asks for, as main.ts reads it. The launcher (launch/cli-bundle.ts) reads it
// the same way without loading the commands.

/** The commands. */
export const COMMAND_NAMES = ['parse', 'build', 'validate', 'schema'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** Whether `name` is one of the commands. */
export const isCommandName = (name: string | undefined): name is CommandName => (COMMAND_NAMES as readonly (string | undefined)[]).includes(name);

/** Whether the arguments after a command ask for its help instead of running it. */
export const asksForHelp = (rest: readonly string[]): boolean => rest.includes('--help') || rest.includes('-h');

/** The command `argv` runs; undefined when it names none or asks only for help. */
export function commandRun(argv: readonly string[]): CommandName | undefined {
  const [name, ...rest] = argv;
  return isCommandName(name) && !asksForHelp(rest) ? name : undefined;
}
