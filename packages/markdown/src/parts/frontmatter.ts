import type { TreatyModel } from '@treatykit/core';
import type { Yaml } from 'mdast';
import { stringify } from 'yaml';

/** The structured fields a static-site generator reads from the frontmatter. */
export function frontmatterData(model: TreatyModel): Record<string, unknown> {
  return {
    title: model.title,
    slug: model.id,
    treaty: model.name,
    signed: {
      date: model.signed.date.iso,
      precision: model.signed.date.precision,
      text: model.signed.date.text,
      place: model.signed.place?.name ?? null,
      placeWikidata: model.signed.place?.wikidata ?? null,
    },
    parties: model.parties.map((p) => ({ id: p.id, name: p.name, wikidata: p.wikidata })),
    signatories: model.signatories.map((s) => ({ name: s.name, role: s.role, party: s.party })),
    types: [...model.types],
    duration: model.duration ? { years: model.duration.years, iso: model.duration.iso, text: model.duration.text } : null,
    expires: model.expires ? { date: model.expires.iso, precision: model.expires.precision } : null,
    sourceSha256: model.source.sha256,
  };
}

/** The YAML frontmatter node (remark-frontmatter's `yaml`). */
export function frontmatter(model: TreatyModel): Yaml {
  // Every string is double-quoted: YAML 1.1 readers (js-yaml in many generators) would otherwise
  // turn a plain `1919-06-28` into a timestamp or `yes` into a boolean.
  const value = stringify(frontmatterData(model), { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  return { type: 'yaml', value: withoutBraces(value).replace(/\n$/, '') };
}

// Generators do not run templates in frontmatter, but a file passed whole through Liquid,
// `envsubst` or the like would: braces inside the double-quoted strings are written as the YAML
// escapes \x7B and \x7D (YAML 1.1 and 1.2), so the file holds no `{{`, `{%`, `{#` or `${`.
function withoutBraces(yaml: string): string {
  return yaml.replace(/"(?:[^"\\]|\\.)*"/g, (quoted) => quoted.replace(/\{/g, '\\x7B').replace(/\}/g, '\\x7D'));
}
