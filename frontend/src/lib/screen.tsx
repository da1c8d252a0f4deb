import { lazy, type ComponentType } from 'react';
import { loadStrings } from '@/i18n';

type Module<P> = { default: ComponentType<P> };

/**
 * A lazily loaded screen that can be fetched ahead of time. Once its chunk is in, it renders
 * without suspending, so a screen preloaded at start-up costs no Suspense round (React waits up
 * to 300 ms before revealing content that suspended). `strings` names the features whose
 * translations live in their own files (i18n/locales/<language>/<feature>.json), fetched with it.
 */
export function screen<P extends object>(
  load: () => Promise<Module<P>>,
  { strings = [] }: { strings?: readonly string[] } = {},
) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<Module<P>> | null = null;
  const fetchOnce = () => {
    pending ??= Promise.all([load(), loadStrings(strings)]).then(([module]) => {
      loaded = module.default;
      return module;
    });
    return pending;
  };
  const Lazy = lazy(fetchOnce);
  function Screen(props: P) {
    const Component = loaded;
    return Component ? <Component {...props} /> : <Lazy {...props} />;
  }
  Screen.preload = fetchOnce;
  return Screen;
}
