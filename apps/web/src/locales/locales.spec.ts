import { describe, expect, it } from '@jest/globals';

type Tree = { [key: string]: string | Tree };

// Dynamic imports: the shared swc transform drops static import attributes, Jest wants them.
const load = async (language: string) =>
  ((await import(`./${language}.json`, { with: { type: 'json' } })) as { default: Tree }).default;
const [nl, fr, en] = await Promise.all(['nl', 'fr', 'en'].map(load));

/** Flattened keys, with plural suffixes folded (French has a `_many` form the others lack). */
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [`${prefix}${key}`.replace(/_(zero|one|two|few|many|other)$/, '_plural')]
      : keys(value, `${prefix}${key}.`),
  );
}

function values(tree: Tree): string[] {
  return Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : values(value)));
}

describe('locales', () => {
  const all = { nl, fr, en };

  it('have the same keys in nl, fr and en', () => {
    const reference = [...new Set(keys(all.en))].sort();
    expect([...new Set(keys(all.nl))].sort()).toEqual(reference);
    expect([...new Set(keys(all.fr))].sort()).toEqual(reference);
  });

  it('have no empty strings and no untranslated copies of long English sentences', () => {
    for (const tree of Object.values(all)) for (const value of values(tree)) expect(value.trim()).not.toBe('');
    const english = new Set(values(all.en).filter((v) => v.split(' ').length > 3));
    for (const lang of ['nl', 'fr'] as const) {
      expect(values(all[lang]).filter((v) => english.has(v))).toEqual([]);
    }
  });
});
