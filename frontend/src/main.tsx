import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setUpApiClient } from './api/setup';
import { App, preloadFor } from './App';
import { i18nReady } from './i18n';

setUpApiClient();
// The first screen's chunks load alongside the language, so the first render does not suspend.
const firstScreen = preloadFor(window.location.pathname).catch(() => undefined);

void Promise.all([i18nReady, firstScreen]).finally(() => {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
