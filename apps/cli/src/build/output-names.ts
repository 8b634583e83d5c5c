import { createHash } from 'node:crypto';

// A model id is a kebab-case ASCII slug; anything else (a future change, a hand-made model) is
// replaced by a hash, so an output name can never hold a path separator, `..` or a control character.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Long enough for any headline slug, short enough that `.<name>.<ext>.<pid>.<hex>.tmp` stays far
// below the 255-byte file name limit of common file systems.
const MAX_NAME = 120;
// Windows cannot create files with these names, whatever the extension ("con.json", "nul.md"), and
// `index` would overwrite the build's own index.json.
const RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9]|index)$/;

/** The file name (without extension) an article with this model id may be written under. */
export function outputBase(id: string): string {
  const base = SLUG.test(id) && id.length <= MAX_NAME ? id : `treaty-${createHash('sha256').update(id).digest('hex').slice(0, 12)}`;
  return RESERVED.test(base) ? `${base}-treaty` : base;
}

/**
 * Hands out unique output names in input order. A name that the previous build gave another
 * article is skipped while that article is still an input, so a new article never overwrites the
 * outputs of one that is unchanged or that now fails.
 */
export class OutputNames {
  readonly #used = new Set<string>();
  readonly #held: ReadonlyMap<string, string>;

  /** `held` maps a name to the source that had it in the previous build. */
  constructor(held: ReadonlyMap<string, string> = new Map()) {
    this.#held = held;
  }

  /** Claims a name for `source`, from its model id: the id itself, or the id with `-2`, `-3`, ... */
  claim(id: string, source: string): string {
    const base = outputBase(id);
    let name = base;
    for (let n = 2; this.#taken(name, source); n++) name = `${base}-${n}`;
    this.#used.add(name);
    return name;
  }

  /** Marks a name as used by an article whose outputs are kept as they are. */
  keep(name: string): void {
    this.#used.add(name);
  }

  #taken(name: string, source: string): boolean {
    if (this.#used.has(name)) return true;
    const holder = this.#held.get(name);
    return holder !== undefined && holder !== source;
  }
}
