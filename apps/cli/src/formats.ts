import type { TreatyModel } from '@treatykit/core';

/** Options that change what the exporters write. */
export interface RenderOptions {
  readonly baseUrl?: string | undefined;
  readonly paper?: 'a4' | 'letter' | undefined;
  readonly pdfa?: boolean | undefined;
}

/** What rendering one format gave: the bytes, and warnings for the user. */
export interface Rendered {
  readonly data: string | Uint8Array;
  readonly warnings: readonly string[];
}

/** An output format of `treatykit build`; exporters load only when their format is asked for. */
export interface Format {
  readonly extension: string;
  render(model: TreatyModel, options: RenderOptions): Promise<Rendered>;
}

/**
 * Writes a value as indented JSON that is also inert inside an HTML `<script>` block: `<`, `>`, `&`
 * and U+2028/U+2029 (which occur only inside strings) are written as `\u` escapes, which every JSON
 * reader reads back as the same characters. A headline with `</script>` in it stays text.
 */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}

/** Every output format, by the name used in `--format`. */
export const FORMATS = {
  json: {
    extension: 'json',
    render: async (model: TreatyModel, _options: RenderOptions): Promise<Rendered> => ({ data: toJsonText(model), warnings: [] }),
  },
  jsonld: {
    extension: 'jsonld',
    async render(model: TreatyModel, options: RenderOptions): Promise<Rendered> {
      const { toJsonLd, validateJsonLd } = await import('@treatykit/jsonld');
      const doc = toJsonLd(model, options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl });
      // Every document is checked offline against the pinned schema.org vocabulary before it is written.
      const check = await validateJsonLd(doc);
      return { data: toJsonText(doc), warnings: check.problems.map((p) => `${p.code}: ${p.message}`) };
    },
  },
  md: {
    extension: 'md',
    async render(model: TreatyModel, _options: RenderOptions): Promise<Rendered> {
      const { toMarkdown } = await import('@treatykit/markdown');
      return { data: toMarkdown(model), warnings: [] };
    },
  },
  pdf: {
    extension: 'pdf',
    async render(model: TreatyModel, options: RenderOptions): Promise<Rendered> {
      const { toPdf } = await import('@treatykit/pdf');
      const result = await toPdf(model, { paper: options.paper, pdfa: options.pdfa });
      return { data: result.bytes, warnings: result.warnings.map((w) => `${w.code}: ${w.message}`) };
    },
  },
} as const satisfies Record<string, Format>;

/** A name accepted by `--format`. */
export type FormatName = keyof typeof FORMATS;

/** Every format name, in the order outputs are written. */
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

/** Reads a `--format` value ("json,md" or "all") into format names; throws on an unknown name. */
export function parseFormats(value: string): FormatName[] {
  if (value === 'all') return FORMAT_NAMES;
  const asked = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (asked.length === 0) throw new UsageError(`--format expects a list such as ${FORMAT_NAMES.join(',')} or all`);
  for (const a of asked) {
    if (!(FORMAT_NAMES as string[]).includes(a)) throw new UsageError(`unknown format "${a}"; expected one of ${FORMAT_NAMES.join(', ')} or all`);
  }
  return FORMAT_NAMES.filter((n) => asked.includes(n));
}

/** A mistake in how the command was called (exit code 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
