import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { isApiError } from './api/problem';
import { Loading } from './components/States';
import { meQuery } from './features/auth/api';
import { RequireAuth, RoleHome } from './features/auth/RequireAuth';
import { session } from './features/auth/session';
import { screen } from './lib/screen';
import { cssVariablesResolver, makeTheme } from './theme';

// One chunk per screen: the portal never downloads the agent workspace, nor the reverse.
const SignInPage = screen(() => import('./routes/SignInPage'));
const AgentLayout = screen(() => import('./routes/agent/AgentLayout'));
const QueuePage = screen(() => import('./routes/agent/QueuePage'));
const TicketPage = screen(() => import('./routes/agent/TicketPage'), { strings: ['satisfaction'] });
const NewTicketPage = screen(() => import('./routes/agent/NewTicketPage'));
const AdminPage = screen(() => import('./routes/admin/AdminPage'), { strings: ['admin'] });
const EscalationRulesPage = screen(() => import('./routes/admin/EscalationRulesPage'), { strings: ['admin', 'satisfaction'] });
const MailboxesPage = screen(() => import('./routes/admin/MailboxesPage'), { strings: ['mailboxes'] });
const MailQuarantinePage = screen(() => import('./routes/admin/MailQuarantinePage'), { strings: ['mailIn'] });
const TokensPage = screen(() => import('./routes/admin/TokensPage'), { strings: ['tokens'] });
const WebhooksPage = screen(() => import('./routes/admin/WebhooksPage'), { strings: ['webhooks'] });
const WebhookPage = screen(() => import('./routes/admin/WebhookPage'), { strings: ['webhooks'] });
const PortalLayout = screen(() => import('./routes/portal/PortalLayout'));
const MyRequestsPage = screen(() => import('./routes/portal/MyRequestsPage'));
const RequestPage = screen(() => import('./routes/portal/RequestPage'), { strings: ['satisfaction'] });
const RatePage = screen(() => import('./routes/portal/RatePage'), { strings: ['satisfaction'] });
const NewRequestPage = screen(() => import('./routes/portal/NewRequestPage'));
const KnowledgePage = screen(() => import('./routes/knowledge/KnowledgePage'));
const ArticlePage = screen(() => import('./routes/knowledge/ArticlePage'));
const ArticleEditPage = screen(() => import('./routes/knowledge/ArticleEditPage'), { strings: ['kbEdit'] });
const GuideEditPage = screen(() => import('./routes/knowledge/GuideEditPage'), { strings: ['guideEditor', 'kbEdit'] });
const CustomersPage = screen(() => import('./routes/agent/CustomersPage'));
const CustomerPage = screen(() => import('./routes/agent/CustomerPage'));
const CompareRevisionsPage = screen(() => import('./routes/knowledge/CompareRevisionsPage'));
const DeflectionReportPage = screen(() => import('./routes/knowledge/DeflectionReportPage'));
const ReportsPage = screen(() => import('./routes/reports/ReportsPage'), { strings: ['reports'] });
const BulletinsPage = screen(() => import('./routes/bulletins/BulletinsPage'));
const BulletinPage = screen(() => import('./routes/bulletins/BulletinPage'));
const HelpPage = screen(() => import('./routes/portal/HelpPage'), { strings: ['help'] });
const HelpArticlePage = screen(() => import('./routes/portal/HelpArticlePage'), { strings: ['help'] });
const NotFoundPage = screen(() => import('./routes/NotFoundPage'));
const NotificationPreferencesPage = screen(() => import('./routes/account/NotificationPreferencesPage'), { strings: ['mail'] });
const MailTestPage = screen(() => import('./routes/admin/MailTestPage'), { strings: ['mail'] });
const ResolutionPage = screen(() => import('./routes/ResolutionPage'), { strings: ['mail'] });

type Screen = { preload: () => Promise<unknown> };

/** The agent screen each address shows, first match wins (the routes below say the same). */
const AGENT_SCREENS: [(pathname: string) => boolean, Screen][] = [
  [(p) => p === '/customers', CustomersPage],
  [(p) => p.startsWith('/customers/'), CustomerPage],
  [(p) => p === '/reports/deflection', DeflectionReportPage],
  [(p) => p === '/reports', ReportsPage],
  [(p) => p.startsWith('/kb/') && p.endsWith('/compare'), CompareRevisionsPage],
  [(p) => p.startsWith('/tickets/new'), NewTicketPage],
  [(p) => p.startsWith('/tickets/'), TicketPage],
  [(p) => p.startsWith('/queue'), QueuePage],
  [(p) => p === '/bulletins', BulletinsPage],
  [(p) => p.startsWith('/bulletins/'), BulletinPage],
  [(p) => p === '/kb', KnowledgePage],
  [(p) => p === '/kb/new' || p.endsWith('/edit'), ArticleEditPage],
  [(p) => p === '/kb/guides/new' || p.endsWith('/guide'), GuideEditPage],
  [(p) => p.startsWith('/kb/'), ArticlePage],
];

/** The portal screen each address shows; its requests page otherwise. */
const PORTAL_SCREENS: [(pathname: string) => boolean, Screen][] = [
  [(p) => p === '/portal/rate', RatePage],
  [(p) => p.startsWith('/portal/requests/'), RequestPage],
  [(p) => p === '/portal/new', NewRequestPage],
  [(p) => p === '/portal/help', HelpPage],
  [(p) => p.startsWith('/portal/help/'), HelpArticlePage],
];

/**
 * At start-up, fetch the signed-in user and the chunks of the screen in the address bar at once,
 * rather than one after the other as rendering discovers them. Resolves when the chunks are in.
 */
export function preloadFor(pathname: string): Promise<unknown> {
  const token = session.token();
  if (token) void queryClient.prefetchQuery(meQuery(token));
  const agentScreen = AGENT_SCREENS.find(([matches]) => matches(pathname))?.[1];
  const wanted: Screen[] = pathname === '/portal/rate'
    ? [RatePage] // an email's rating link works signed in or not
    : !token
    ? [SignInPage]
    : pathname.startsWith('/portal')
      ? [PortalLayout, PORTAL_SCREENS.find(([matches]) => matches(pathname))?.[1] ?? MyRequestsPage]
      : agentScreen
        ? [AgentLayout, agentScreen]
        : [];
  // The screens a person goes to next are fetched once the first one is on screen.
  const next = !token
    ? []
    : pathname.startsWith('/portal')
      ? [PortalLayout, MyRequestsPage, RequestPage, NewRequestPage, HelpPage, HelpArticlePage]
      : [AgentLayout, QueuePage, TicketPage, NewTicketPage];
  const first = Promise.all(wanted.map((s) => s.preload()));
  void first.then(() => setTimeout(() => next.forEach((s) => void s.preload().catch(() => undefined)), 1500));
  return first;
}

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: true,
      // Retrying a 4xx only repeats the same answer.
      retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

export function App() {
  const { t } = useTranslation();
  const theme = useMemo(() => makeTheme(t('common.close')), [t]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <Suspense fallback={<Loading />}>
            <Routes>
              <Route path="/sign-in" element={<SignInPage />} />
              <Route path="/portal/rate" element={<RatePage />} />
              <Route path="/resolution" element={<ResolutionPage />} />
              <Route path="/" element={<RequireAuth><RoleHome /></RequireAuth>} />
              <Route element={<RequireAuth staff><AgentLayout /></RequireAuth>}>
                <Route path="/queue" element={<Navigate to="/queue/mine" replace />} />
                <Route path="/queue/:queue" element={<QueuePage />} />
                <Route path="/tickets/new" element={<NewTicketPage />} />
                <Route path="/tickets/:number" element={<TicketPage />} />
                <Route path="/bulletins" element={<BulletinsPage />} />
                <Route path="/bulletins/:id" element={<BulletinPage />} />
                <Route path="/kb" element={<KnowledgePage />} />
                <Route path="/kb/new" element={<ArticleEditPage />} />
                <Route path="/kb/:id" element={<ArticlePage />} />
                <Route path="/kb/:id/edit" element={<ArticleEditPage />} />
                <Route path="/kb/guides/new" element={<GuideEditPage />} />
                <Route path="/kb/:id/guide" element={<GuideEditPage />} />
                <Route path="/kb/:id/compare" element={<CompareRevisionsPage />} />
                <Route path="/customers" element={<CustomersPage />} />
                <Route path="/customers/:id" element={<CustomerPage />} />
                <Route path="/reports/deflection" element={<DeflectionReportPage />} />
                <Route path="/reports" element={<ReportsPage />} />
                <Route path="/admin" element={<Navigate to="/admin/users" replace />} />
                <Route path="/admin/escalation" element={<EscalationRulesPage />} />
                <Route path="/admin/webhooks" element={<WebhooksPage />} />
                <Route path="/admin/webhooks/:id" element={<WebhookPage />} />
                <Route path="/admin/mailboxes" element={<MailboxesPage />} />
                <Route path="/admin/mail-quarantine" element={<MailQuarantinePage />} />
                <Route path="/admin/mail" element={<MailTestPage />} />
                <Route path="/admin/:section" element={<AdminPage />} />
                <Route path="/account/tokens" element={<TokensPage />} />
                <Route path="/account/notifications" element={<NotificationPreferencesPage />} />
              </Route>
              <Route element={<RequireAuth customer><PortalLayout /></RequireAuth>}>
                <Route path="/portal" element={<MyRequestsPage />} />
                <Route path="/portal/new" element={<NewRequestPage />} />
                <Route path="/portal/requests/:number" element={<RequestPage />} />
                <Route path="/portal/help" element={<HelpPage />} />
                <Route path="/portal/help/:id" element={<HelpArticlePage />} />
                <Route path="/portal/tokens" element={<TokensPage />} />
                <Route path="/portal/notifications" element={<NotificationPreferencesPage />} />
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </Suspense>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
