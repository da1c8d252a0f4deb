import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['en', 'es', 'it', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  it: 'Italiano',
  fr: 'Français',
};

type Bundle = () => Promise<{ default: ResourceKey }>;

// One chunk per language, fetched when chosen: the others cost nothing.
const bundles: Record<Language, Bundle> = {
  en: () => import('./locales/en.json'),
  es: () => import('./locales/es.json'),
  it: () => import('./locales/it.json'),
  fr: () => import('./locales/fr.json'),
};

// Strings only lazy screens use live in feature bundles (locales/<language>/<feature>.json, a
// part of the tree from its root) fetched with those screens, not with every first page.
const featureBundles = import.meta.glob<{ default: ResourceKey }>('./locales/*/*.json');
const wantedFeatures = new Set<string>();

type Tree = { [key: string]: unknown };

function mergeInto(target: Tree, source: Tree): Tree {
  for (const [key, value] of Object.entries(source)) {
    const here = target[key];
    target[key] =
      here && typeof here === 'object' && value && typeof value === 'object'
        ? mergeInto({ ...(here as Tree) }, value as Tree)
        : value;
  }
  return target;
}

function featureBundle(language: string, feature: string): Bundle | undefined {
  return featureBundles[`./locales/${language}/${feature}.json`];
}

async function featureStrings(language: string, features: Iterable<string>): Promise<Tree> {
  const trees = await Promise.all(
    [...features].map(async (feature) => {
      const load = featureBundle(language, feature) ?? featureBundle('en', feature);
      return load ? ((await load()).default as Tree) : {};
    }),
  );
  return trees.reduce((all, tree) => mergeInto(all, tree), {});
}

const lazyBundles: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    const load = bundles[language as Language];
    if (!load) return callback(null, {});
    // A language chosen later comes with the strings of the screens already opened.
    Promise.all([load(), featureStrings(language, wantedFeatures)]).then(
      ([module, features]) => callback(null, mergeInto({ ...(module.default as Tree) }, features) as ResourceKey),
      (error: Error) => callback(error, null),
    );
  },
};

/** Fetch the strings of lazy screens' features in the current language (see `screen`). */
export async function loadStrings(features: readonly string[]): Promise<void> {
  await i18nReady;
  const missing = features.filter((feature) => !wantedFeatures.has(feature));
  if (!missing.length) return;
  missing.forEach((feature) => wantedFeatures.add(feature));
  // Every language loaded so far gets them (switching back reads no bundle again); a language
  // loaded later gets them from the backend above.
  const loaded = Object.keys(i18n.store.data);
  await Promise.all(
    loaded.map(async (language) => {
      const strings = await featureStrings(language, missing);
      i18n.addResourceBundle(language, 'translation', strings, true, true);
    }),
  );
}

export function currentLanguage(): Language {
  const language = (i18n.resolvedLanguage ?? i18n.language ?? 'en').slice(0, 2);
  return (LANGUAGES as readonly string[]).includes(language) ? (language as Language) : 'en';
}

export const i18nReady = i18n
  .use(LanguageDetector)
  .use(lazyBundles)
  .use(initReactI18next)
  .init({
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'en',
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: 'sportello.language',
      caches: ['localStorage'],
    },
    interpolation: { escapeValue: false },
    returnNull: false,
  });

i18n.on('languageChanged', () => {
  document.documentElement.lang = currentLanguage();
});

export default i18n;
