import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** Turns text into a kebab-case ASCII slug ("Treaty of Nanking" → "treaty-of-nanking"), at most `max` characters. */
export function slugify(text: string, max = 80): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

/**
 * The id of a treaty model: the slug of its headline, or, for a headline without letters or digits
 * ("🕊️🤝📜", "???"), `treaty-` and 12 hex digits of the SHA-256 of the headline (NFC), the ISO
 * signing date and the party ids. Those are facts every export keeps, so the id survives a round
 * trip through Markdown and edits elsewhere in the article, while two articles with the same emoji
 * headline about different treaties get different ids.
 */
export function treatyId(title: string, signed: string, partyIds: readonly string[]): string {
  const slug = slugify(title);
  if (slug !== '') return slug;
  const key = [title.normalize('NFC'), signed, ...partyIds].join('\n');
  return `treaty-${bytesToHex(sha256(utf8ToBytes(key))).slice(0, 12)}`;
}
