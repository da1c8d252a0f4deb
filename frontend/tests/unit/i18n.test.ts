import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import enCore from '@/i18n/locales/en.json';
import esCore from '@/i18n/locales/es.json';
import frCore from '@/i18n/locales/fr.json';
import itCore from '@/i18n/locales/it.json';

type Tree = { [key: string]: string | Tree };

// A language's strings: its core bundle plus the feature bundles lazy screens fetch (each a part
// of the tree from its root); no string may be in two places.
const features = import.meta.glob<{ default: Tree }>('@/i18n/locales/*/*.json', { eager: true });
function merge(target: Tree, source: Tree, where: string): void {
  for (const [key, value] of Object.entries(source)) {
    const here = target[key];
    if (typeof value === 'string' || typeof here === 'string') {
      expect(here, `${where}${key} is in two bundles`).toBeUndefined();
      target[key] = value;
    } else {
      target[key] = here ?? {};
      merge(target[key] as Tree, value, `${where}${key}.`);
    }
  }
}
function bundle(language: string, core: object): Tree {
  const tree: Tree = structuredClone(core) as Tree;
  for (const [path, module] of Object.entries(features)) {
    if (path.includes(`/locales/${language}/`)) merge(tree, module.default, '');
  }
  return tree;
}
const en = bundle('en', enCore);
const es = bundle('es', esCore);
const fr = bundle('fr', frCore);
const it_ = bundle('it', itCore);
const keys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)));
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const english = new Set(keys(en as Tree).map(base));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('translations', () => {
  it.each([['es', es], ['it', it_], ['fr', fr]])('%s has exactly the English keys', (_, bundle) => {
    const theirs = new Set(keys(bundle as Tree).map(base));
    expect([...english].filter((k) => !theirs.has(k))).toEqual([]);
    expect([...theirs].filter((k) => !english.has(k))).toEqual([]);
  });

  it.each([['es', es], ['it', it_], ['fr', fr]])('%s keeps every {{placeholder}}', (_, bundle) => {
    const flat = (tree: Tree, prefix = ''): [string, string][] =>
      Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flat(v, `${prefix}${k}.`)));
    const theirs = new Map(flat(bundle as Tree));
    for (const [key, text] of flat(en as Tree)) {
      const wanted = (text.match(/\{\{\w+\}\}/g) ?? []).sort();
      const other = theirs.get(key) ?? theirs.get(`${base(key)}_other`) ?? '';
      expect((other.match(/\{\{\w+\}\}/g) ?? []).sort(), key).toEqual(wanted);
    }
  });

  it('has every key the code asks for', () => {
    const missing: string[] = [];
    for (const file of sources(resolve(__dirname, '../../src'))) {
      for (const [, key] of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) {
        if (!english.has(key)) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
