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
const TicketPage = screen(() => import('./routes/agent/TicketPage'));
const NewTicketPage = screen(() => import('./routes/agent/NewTicketPage'));
const AdminPage = screen(() => import('./routes/admin/AdminPage'));
const EscalationRulesPage = screen(() => import('./routes/admin/EscalationRulesPage'));
const TokensPage = screen(() => import('./routes/admin/TokensPage'));
const PortalLayout = screen(() => import('./routes/portal/PortalLayout'));
const MyRequestsPage = screen(() => import('./routes/portal/MyRequestsPage'));
const RequestPage = screen(() => import('./routes/portal/RequestPage'));
const NewRequestPage = screen(() => import('./routes/portal/NewRequestPage'));
const KnowledgePage = screen(() => import('./routes/knowledge/KnowledgePage'));
const ArticlePage = screen(() => import('./routes/knowledge/ArticlePage'));
const ArticleEditPage = screen(() => import('./routes/knowledge/ArticleEditPage'));
const NotFoundPage = screen(() => import('./routes/NotFoundPage'));

/**
 * At start-up, fetch the signed-in user and the chunks of the screen in the address bar at once,
 * rather than one after the other as rendering discovers them. Resolves when the chunks are in.
 */
export function preloadFor(pathname: string): Promise<unknown> {
  const token = session.token();
  if (token) void queryClient.prefetchQuery(meQuery(token));
  const wanted = !token
    ? [SignInPage]
    : pathname.startsWith('/portal')
      ? [PortalLayout, pathname.startsWith('/portal/requests/') ? RequestPage : pathname === '/portal/new' ? NewRequestPage : MyRequestsPage]
      : pathname.startsWith('/tickets/new')
        ? [AgentLayout, NewTicketPage]
        : pathname.startsWith('/tickets/')
          ? [AgentLayout, TicketPage]
          : pathname.startsWith('/queue')
            ? [AgentLayout, QueuePage]
            : pathname === '/kb'
              ? [AgentLayout, KnowledgePage]
              : pathname === '/kb/new' || pathname.endsWith('/edit')
                ? [AgentLayout, ArticleEditPage]
                : pathname.startsWith('/kb/')
                  ? [AgentLayout, ArticlePage]
                  : [];
  // The screens a person goes to next are fetched once the first one is on screen.
  const next = !token
    ? []
    : pathname.startsWith('/portal')
      ? [PortalLayout, MyRequestsPage, RequestPage, NewRequestPage]
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
              <Route path="/" element={<RequireAuth><RoleHome /></RequireAuth>} />
              <Route element={<RequireAuth staff><AgentLayout /></RequireAuth>}>
                <Route path="/queue" element={<Navigate to="/queue/mine" replace />} />
                <Route path="/queue/:queue" element={<QueuePage />} />
                <Route path="/tickets/new" element={<NewTicketPage />} />
                <Route path="/tickets/:number" element={<TicketPage />} />
                <Route path="/kb" element={<KnowledgePage />} />
                <Route path="/kb/new" element={<ArticleEditPage />} />
                <Route path="/kb/:id" element={<ArticlePage />} />
                <Route path="/kb/:id/edit" element={<ArticleEditPage />} />
                <Route path="/admin" element={<Navigate to="/admin/users" replace />} />
                <Route path="/admin/escalation" element={<EscalationRulesPage />} />
                <Route path="/admin/:section" element={<AdminPage />} />
                <Route path="/account/tokens" element={<TokensPage />} />
              </Route>
              <Route element={<RequireAuth customer><PortalLayout /></RequireAuth>}>
                <Route path="/portal" element={<MyRequestsPage />} />
                <Route path="/portal/new" element={<NewRequestPage />} />
                <Route path="/portal/requests/:number" element={<RequestPage />} />
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </Suspense>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
