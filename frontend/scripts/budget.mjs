// Initial JavaScript of each entry screen, gzipped: the entry chunk, the route's lazy chunks and
// everything they import statically (what the browser must fetch before the screen works).
// Reads dist/.vite/manifest.json from `vite build`; fails above the budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const dist = process.argv[2] ?? 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

const SCREENS = {
  'portal (my requests)': ['src/routes/portal/PortalLayout.tsx', 'src/routes/portal/MyRequestsPage.tsx'],
  'portal (a request)': ['src/routes/portal/PortalLayout.tsx', 'src/routes/portal/RequestPage.tsx'],
  'agent queue': ['src/routes/agent/AgentLayout.tsx', 'src/routes/agent/QueuePage.tsx'],
  'agent ticket': ['src/routes/agent/AgentLayout.tsx', 'src/routes/agent/TicketPage.tsx'],
  'portal (new request)': ['src/routes/portal/PortalLayout.tsx', 'src/routes/portal/NewRequestPage.tsx'],
  'knowledge base': ['src/routes/agent/AgentLayout.tsx', 'src/routes/knowledge/KnowledgePage.tsx'],
  'article': ['src/routes/agent/AgentLayout.tsx', 'src/routes/knowledge/ArticlePage.tsx'],
  'article editor': ['src/routes/agent/AgentLayout.tsx', 'src/routes/knowledge/ArticleEditPage.tsx'],
  'guide editor': ['src/routes/agent/AgentLayout.tsx', 'src/routes/knowledge/GuideEditPage.tsx'],
  'portal (help)': ['src/routes/portal/PortalLayout.tsx', 'src/routes/portal/HelpPage.tsx'],
  'portal (help article)': ['src/routes/portal/PortalLayout.tsx', 'src/routes/portal/HelpArticlePage.tsx'],
  'bulletins': ['src/routes/agent/AgentLayout.tsx', 'src/routes/bulletins/BulletinsPage.tsx'],
  'bulletin': ['src/routes/agent/AgentLayout.tsx', 'src/routes/bulletins/BulletinPage.tsx'],
  'sign-in': ['src/routes/SignInPage.tsx'],
  'notification preferences': ['src/routes/portal/PortalLayout.tsx', 'src/routes/account/NotificationPreferencesPage.tsx'],
  'resolution answer': ['src/routes/ResolutionPage.tsx'],
  'reports (supervisor)': ['src/routes/agent/AgentLayout.tsx', 'src/routes/reports/ReportsPage.tsx'],
};
// The language bundle the browser picks is fetched too; count the largest.
const LANGUAGES = ['en', 'es', 'it', 'fr'];
const LOCALES = LANGUAGES.map((l) => `src/i18n/locales/${l}.json`);
// Screens whose strings come in feature bundles of their own (`screen(..., { strings })`).
const FEATURES = {
  'guide editor': ['guideEditor', 'kbEdit'],
  'article editor': ['kbEdit'],
  'portal (help)': ['help'],
  'portal (help article)': ['help'],
  'reports (supervisor)': ['reports'],
  'portal (a request)': ['satisfaction'],
  'agent ticket': ['satisfaction', 'live'],
  'notification preferences': ['mail'],
  'resolution answer': ['mail'],
};

const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)?.[0];
const gz = new Map();
const size = (file) => {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length);
  return gz.get(file);
};

function closure(keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return [...seen].map((key) => manifest[key]?.file).filter((file) => file?.endsWith('.js'));
}

const locale = Math.max(...LOCALES.map((key) => (manifest[key] ? size(manifest[key].file) : 0)));
let failed = false;
console.log(`Initial JS per screen (gzip), budget ${BUDGET_KB} kB:`);
for (const [screen, routes] of Object.entries(SCREENS)) {
  const files = closure([entry, ...routes]);
  const strings = (FEATURES[screen] ?? []).reduce(
    (sum, feature) =>
      sum + Math.max(...LANGUAGES.map((l) => manifest[`src/i18n/locales/${l}/${feature}.json`]).map((c) => (c ? size(c.file) : 0))),
    0,
  );
  const bytes = files.reduce((sum, file) => sum + size(file), 0) + locale + strings;
  const kb = bytes / 1024;
  const over = kb > BUDGET_KB;
  failed ||= over && (screen.startsWith('portal') || screen === 'agent queue');
  console.log(`  ${screen.padEnd(22)} ${kb.toFixed(1).padStart(7)} kB  (${files.length} chunks + language)${over ? '  OVER BUDGET' : ''}`);
}
process.exit(failed ? 1 : 0);
