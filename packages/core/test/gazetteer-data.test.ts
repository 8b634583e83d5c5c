import { describe, expect, it } from 'vitest';
import { polities, type Polity } from '../src/extract/gazetteer/polities.js';
import { places } from '../src/extract/gazetteer/places.js';

const QID = /^Q[1-9]\d*$/;

function range(p: Polity): readonly [number, number] {
  return [p.from ?? Number.NEGATIVE_INFINITY, p.to ?? Number.POSITIVE_INFINITY];
}

function overlaps(a: Polity, b: Polity): boolean {
  const [af, at] = range(a);
  const [bf, bt] = range(b);
  return af <= bt && bf <= at;
}

function byName(name: string): Polity[] {
  return polities.filter((p) => p.names.includes(name));
}

describe('polities', () => {
  it('has broad coverage', () => {
    expect(polities.length).toBeGreaterThanOrEqual(250);
  });

  it('has unique kebab-case ids', () => {
    const ids = polities.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('has wikidata ids that are null or Q-ids', () => {
    for (const p of polities) {
      if (p.wikidata !== null) expect(p.wikidata, p.id).toMatch(QID);
    }
  });

  it('lists each canonical name among its names', () => {
    for (const p of polities) expect(p.names, p.id).toContain(p.name);
  });

  it('has no empty or padded strings and no duplicates within an entry', () => {
    for (const p of polities) {
      const all = [p.id, p.name, ...p.names, ...p.demonyms, ...p.metonyms];
      for (const s of all) {
        expect(s.trim(), p.id).not.toBe('');
        expect(s, p.id).toBe(s.trim());
      }
      for (const list of [p.names, p.demonyms, p.metonyms]) {
        expect(new Set(list).size, p.id).toBe(list.length);
      }
    }
  });

  it('has sane year ranges', () => {
    for (const p of polities) {
      if (p.from !== undefined) expect(Number.isInteger(p.from), p.id).toBe(true);
      if (p.to !== undefined) expect(Number.isInteger(p.to), p.id).toBe(true);
      if (p.from !== undefined && p.to !== undefined) expect(p.from, p.id).toBeLessThanOrEqual(p.to);
    }
  });

  it('never gives one surface form (name, demonym or metonym) to two polities at once', () => {
    const owners = new Map<string, Polity[]>();
    for (const p of polities) {
      for (const form of new Set([...p.names, ...p.demonyms, ...p.metonyms])) {
        const list = owners.get(form) ?? [];
        list.push(p);
        owners.set(form, list);
      }
    }
    const clashes: string[] = [];
    for (const [form, list] of owners) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i]!;
          const b = list[j]!;
          if (overlaps(a, b)) clashes.push(`${form}: ${a.id} [${range(a).join(',')}] vs ${b.id} [${range(b).join(',')}]`);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('spot checks', () => {
    const soviet = polities.find((p) => p.name === 'Soviet Union');
    expect(soviet?.wikidata).toBe('Q15180');
    expect(soviet?.demonyms).toContain('Soviets');

    const qing = byName('Qing China');
    expect(qing).toHaveLength(1);
    expect(qing[0]?.wikidata).toBe('Q8733');

    expect(polities.some((p) => p.name === 'Hittite Empire')).toBe(true);
    expect(polities.find((p) => p.name === 'Austria-Hungary')?.wikidata).toBe('Q28513');
    expect(polities.find((p) => p.name === 'Ottoman Empire')?.wikidata).toBe('Q12560');
  });

  it('resolves era-dependent names to one polity per year', () => {
    const at = (form: string, year: number): string[] =>
      polities
        .filter((p) => p.names.includes(form) || p.metonyms.includes(form))
        .filter((p) => (p.from ?? -Infinity) <= year && year <= (p.to ?? Infinity))
        .map((p) => p.wikidata ?? p.id);
    expect(at('Russia', 1700)).toEqual(['Q186096']);
    expect(at('Russia', 1815)).toEqual(['Q34266']);
    expect(at('Russia', 1918)).toEqual(['Q2184']);
    expect(at('Russia', 2000)).toEqual(['Q159']);
    expect(at('Moscow', 1950)).toEqual(['Q15180']);
    expect(at('China', 1842)).toEqual(['Q8733']);
    expect(at('China', 1980)).toEqual(['Q148']);
    expect(at('Berlin', 1940)).toEqual(['Q183']);
    expect(at('Berlin', 1795)).toEqual(['Q27306']);
    expect(at('Egypt', -1258)).toEqual(['Q11768']);
    expect(at('Turkey', 1878)).toEqual(['Q12560']);
    expect(at('Turkey', 1950)).toEqual(['Q43']);
    expect(at('England', 1650)).toEqual(['Q179876']);
    expect(at('England', 1815)).toEqual(['Q145']);
    expect(at('Vienna', 1900)).toEqual(['Q28513']);
  });

  it('keeps collectives out', () => {
    const all = new Set(polities.flatMap((p) => p.names));
    for (const c of ['Allies', 'Axis', 'Central Powers', 'Entente', 'League of Nations']) expect(all.has(c)).toBe(false);
  });
});

describe('places', () => {
  it('has broad coverage', () => {
    expect(places.length).toBeGreaterThanOrEqual(300);
  });

  it('has unique names', () => {
    const names = places.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has wikidata ids that are null or Q-ids, never reused', () => {
    const seen = new Set<string>();
    for (const p of places) {
      if (p.wikidata === null) continue;
      expect(p.wikidata, p.name).toMatch(QID);
      expect(seen.has(p.wikidata), `${p.name} reuses ${p.wikidata}`).toBe(false);
      seen.add(p.wikidata);
    }
  });

  it('has no empty or padded strings', () => {
    for (const p of places) {
      for (const s of [p.name, ...p.aliases]) {
        expect(s.trim(), p.name).not.toBe('');
        expect(s, p.name).toBe(s.trim());
      }
      expect(p.aliases, p.name).not.toContain(p.name);
      expect(new Set(p.aliases).size, p.name).toBe(p.aliases.length);
    }
  });

  it('never uses a spelling for two places', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const p of places) {
      for (const s of [p.name, ...p.aliases]) {
        const prev = owner.get(s);
        if (prev !== undefined && prev !== p.name) clashes.push(`${s}: ${prev} / ${p.name}`);
        owner.set(s, p.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('spot checks', () => {
    const find = (s: string) => places.find((p) => p.name === s || p.aliases.includes(s));
    expect(find('Osnabruck')?.name).toBe('Osnabrück');
    expect(find('Muenster')?.name).toBe('Münster');
    expect(find('Nanking')).toBe(find('Nanjing'));
    expect(find('Brest-Litovsk')).toBeDefined();
    expect(find('Kadesh')).toBeDefined();
    expect(find('Aix-la-Chapelle')?.name).toBe('Aachen');
  });
});
