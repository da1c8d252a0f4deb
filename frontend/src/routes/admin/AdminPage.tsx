import { Stack, Title } from '@mantine/core';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router-dom';
import { ErrorState, Loading } from '@/components/States';
import { useMe } from '@/features/auth/api';
import { screen } from '@/lib/screen';
import { CategoriesAdmin } from './CategoriesAdmin';
import { OrganizationsAdmin } from './OrganizationsAdmin';
import { PriorityAdmin } from './PriorityAdmin';
import { TeamsAdmin } from './TeamsAdmin';
import { UsersAdmin } from './UsersAdmin';

// Its own chunk: only administrators who open it download the rule editor.
const RoutingAdmin = screen(() => import('./RoutingAdmin'));
// Supervisors keep the SLA too; its editor is its own chunk, fetched when opened.
const SlaAdmin = lazy(() => import('./SlaAdmin'));

const SECTIONS = {
  users: UsersAdmin,
  organizations: OrganizationsAdmin,
  teams: TeamsAdmin,
  categories: CategoriesAdmin,
  priority: PriorityAdmin,
  routing: RoutingAdmin,
} as const;

/** The translation key of a section's title (routing keeps its strings under its own key). */
const sectionTitle = (section: string) => (section === 'routing' ? 'routing.title' : `admin.${section}.title`);

export default function AdminPage() {
  const { section } = useParams();
  const { t } = useTranslation();
  const me = useMe().data;
  useEffect(() => {
    const title = section === 'sla' ? t('sla.admin.title') : t(sectionTitle(section ?? ''), { defaultValue: t('nav.administration') });
    document.title = `${title} · Sportello`;
  }, [t, section]);
  if (!me) return <Loading />;
  if (section === 'sla' && (me.role === 'admin' || me.role === 'supervisor')) {
    return (
      <Stack>
        <Title order={1} size="h2">{t('sla.admin.title')}</Title>
        <Suspense fallback={<Loading />}>
          <SlaAdmin />
        </Suspense>
      </Stack>
    );
  }
  if (me.role !== 'admin') return <ErrorState error={new Error('forbidden')} />;
  if (!section || !(section in SECTIONS)) return <Navigate to="/admin/users" replace />;
  const Section = SECTIONS[section as keyof typeof SECTIONS];
  return (
    <Stack>
      <Title order={1} size="h2">{t(sectionTitle(section))}</Title>
      <Section />
    </Stack>
  );
}
