import type { TreatyModel } from '@treatykit/core';

/** An output format of `treatykit build`; exporters load only when their format is asked for. */
export interface Format {
  readonly extension: string;
  render(model: TreatyModel): Promise<string | Uint8Array>;
}

/** Every output format, by the name used in `--format`. */
export const FORMATS = {
  json: { extension: 'json', render: async (model: TreatyModel) => JSON.stringify(model, null, 2) + '\n' },
} as const satisfies Record<string, Format>;

/** A name accepted by `--format`. */
export type FormatName = keyof typeof FORMATS;

/** Reads a `--format` value ("json,md" or "all") into format names; throws on an unknown name. */
export function parseFormats(value: string): FormatName[] {
  const names = Object.keys(FORMATS) as FormatName[];
  if (value === 'all') return names;
  const asked = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const a of asked) {
    if (!(names as string[]).includes(a)) throw new UsageError(`unknown format "${a}"; expected one of ${names.join(', ')} or all`);
  }
  return [...new Set(asked)] as FormatName[];
}

/** A mistake in how the command was called (exit code 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
