import { AppShell, Avatar, Burger, Button, Group, Menu, NavLink, ScrollArea, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconAddressBook,
  IconClockHour4,
  IconAdjustments,
  IconChartBar,
  IconAlarm,
  IconBook2,
  IconBuilding,
  IconCategory,
  IconChevronDown,
  IconClockPause,
  IconInbox,
  IconBell,
  IconKey,
  IconMail,
  IconListDetails,
  IconMailbox,
  IconMailOff,
  IconRoute,
  IconLogout,
  IconPlus,
  IconSearch,
  IconSpeakerphone,
  IconUser,
  IconUsers,
  IconUsersGroup,
  IconUserQuestion,
  IconWebhook,
} from '@tabler/icons-react';
import { Suspense, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { LanguagePicker } from '@/components/LanguagePicker';
import { Logo } from '@/components/Logo';
import { Loading } from '@/components/States';
import { useMe, useSignOut } from '@/features/auth/api';
import { AvailabilityToggle } from '@/features/routing/AvailabilityToggle';
import { NotificationBell } from '@/features/notifications/NotificationBell';
import { useLiveUpdates } from '@/features/live';
import { parseReference } from '@/lib/reference';

const QUEUE_LINKS = [
  { id: 'mine', icon: IconUser },
  { id: 'unassigned', icon: IconUserQuestion },
  { id: 'team', icon: IconUsersGroup },
  { id: 'open', icon: IconInbox },
  { id: 'waiting', icon: IconClockPause },
] as const;

const ADMIN_LINKS = [
  { id: 'users', icon: IconUsers },
  { id: 'organizations', icon: IconBuilding },
  { id: 'teams', icon: IconUsersGroup },
  { id: 'categories', icon: IconCategory },
  { id: 'priority', icon: IconAdjustments },
  { id: 'routing', icon: IconRoute },
] as const;

export default function AgentLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const navigate = useNavigate();
  const me = useMe().data;
  useLiveUpdates(me !== undefined);
  const signOut = useSignOut();
  const [lookup, setLookup] = useState('');

  const goTo = (event: FormEvent) => {
    event.preventDefault();
    const number = parseReference(lookup);
    if (number !== null) {
      navigate(`/tickets/${number}`);
      setLookup('');
    } else if (lookup.trim()) {
      navigate(`/queue/open?q=${encodeURIComponent(lookup.trim())}`);
      setLookup('');
    }
  };

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className="skip-link" href="#main">{t('common.skipToContent')}</a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <UnstyledButton component={Link} to="/queue/mine" aria-label={t('nav.home')}>
              <Logo />
            </UnstyledButton>
          </Group>
          <form onSubmit={goTo} role="search" style={{ flex: 1, maxWidth: 420 }}>
            <TextInput
              aria-label={t('nav.lookup')}
              placeholder={t('nav.lookupPlaceholder')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={lookup}
              onChange={(e) => setLookup(e.currentTarget.value)}
              visibleFrom="xs"
            />
          </form>
          <Group gap="sm" wrap="nowrap">
            <Button component={Link} to="/tickets/new" leftSection={<IconPlus size={16} aria-hidden />} visibleFrom="md">
              {t('nav.newTicket')}
            </Button>
            <AvailabilityToggle />
            <NotificationBell />
            <LanguagePicker />
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <UnstyledButton aria-label={t('nav.account')} data-testid="account-menu">
                  <Group gap={6} wrap="nowrap">
                    <Avatar size="sm" color="blue" name={me?.name} />
                    <Text size="sm" fw={500} visibleFrom="lg">{me?.name}</Text>
                    <IconChevronDown size={14} aria-hidden />
                  </Group>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{me?.email}</Menu.Label>
                <Menu.Item component={Link} to="/account/tokens" leftSection={<IconKey size={14} aria-hidden />}>
                  {t('nav.apiTokens')}
                </Menu.Item>
                <Menu.Item component={Link} to="/account/notifications" leftSection={<IconBell size={14} aria-hidden />}>
                  {t('mailNav.notifications')}
                </Menu.Item>
                <Menu.Item
                  color="red"
                  leftSection={<IconLogout size={14} aria-hidden />}
                  onClick={() => signOut.mutate(undefined, { onSettled: () => navigate('/sign-in') })}
                >
                  {t('nav.signOut')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.main')}>
        <ScrollArea>
          <Stack gap={4}>
            <Button component={Link} to="/tickets/new" leftSection={<IconPlus size={16} aria-hidden />} hiddenFrom="md" onClick={close} mb="sm">
              {t('nav.newTicket')}
            </Button>
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="xs">{t('nav.queues')}</Text>
            {QUEUE_LINKS.map(({ id, icon: Icon }) => (
              <NavLink
                key={id}
                component={Link}
                to={`/queue/${id}`}
                label={t(`queue.${id}.title`)}
                leftSection={<Icon size={18} aria-hidden />}
                active={location.pathname === `/queue/${id}`}
                onClick={close}
              />
            ))}
            <NavLink
              component={Link}
              to="/customers"
              label={t('triage.directory.title')}
              leftSection={<IconAddressBook size={18} aria-hidden />}
              active={location.pathname.startsWith('/customers')}
              onClick={close}
              data-testid="nav-customers"
            />
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md">{t('kb.nav')}</Text>
            <NavLink
              component={Link}
              to="/kb"
              label={t('kb.title')}
              leftSection={<IconBook2 size={18} aria-hidden />}
              active={location.pathname.startsWith('/kb')}
              onClick={close}
            />
            <NavLink
              component={Link}
              to="/reports/deflection"
              label={t('triage.deflection.title')}
              leftSection={<IconChartBar size={18} aria-hidden />}
              active={location.pathname === '/reports/deflection'}
              onClick={close}
            />
            <NavLink
              component={Link}
              to="/bulletins"
              label={t('bulletins.title')}
              leftSection={<IconSpeakerphone size={18} aria-hidden />}
              active={location.pathname.startsWith('/bulletins')}
              onClick={close}
            />
            {(me?.role === 'admin' || me?.role === 'supervisor') && (
              <>
                <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md">{t('nav.administration')}</Text>
                <NavLink
                  component={Link}
                  to="/reports"
                  label={t('reports.nav')}
                  leftSection={<IconChartBar size={18} aria-hidden />}
                  active={location.pathname === '/reports'}
                  onClick={close}
                  data-testid="nav-reports"
                />
                {(me.role === 'admin' ? ADMIN_LINKS : []).map(({ id, icon: Icon }) => (
                  <NavLink
                    key={id}
                    component={Link}
                    to={`/admin/${id}`}
                    label={t(id === 'routing' ? 'routing.title' : `admin.${id}.title`)}
                    leftSection={<Icon size={18} aria-hidden />}
                    active={location.pathname === `/admin/${id}`}
                    onClick={close}
                  />
                ))}
                {me.role === 'admin' && (
                  <NavLink
                    component={Link}
                    to="/admin/mail"
                    label={t('mailNav.email')}
                    leftSection={<IconMail size={18} aria-hidden />}
                    active={location.pathname === '/admin/mail'}
                    onClick={close}
                  />
                )}
                <NavLink
                  component={Link}
                  to="/admin/sla"
                  label={t('sla.admin.title')}
                  leftSection={<IconClockHour4 size={18} aria-hidden />}
                  active={location.pathname === '/admin/sla'}
                  onClick={close}
                />
                <NavLink
                  component={Link}
                  to="/admin/escalation"
                  label={t('escalation.rules.title')}
                  leftSection={<IconAlarm size={18} aria-hidden />}
                  active={location.pathname === '/admin/escalation'}
                  onClick={close}
                />
                {me.role === 'admin' && (
                  <NavLink
                    component={Link}
                    to="/admin/webhooks"
                    label={t('webhooks.nav')}
                    leftSection={<IconWebhook size={18} aria-hidden />}
                    active={location.pathname.startsWith('/admin/webhooks')}
                    onClick={close}
                  />
                )}
                {me.role === 'admin' && (
                  <NavLink
                    component={Link}
                    to="/admin/mailboxes"
                    label={t('nav.mailboxes')}
                    leftSection={<IconMailbox size={18} aria-hidden />}
                    active={location.pathname === '/admin/mailboxes'}
                    onClick={close}
                  />
                )}
                {me.role === 'admin' && (
                  <NavLink
                    component={Link}
                    to="/admin/mail-quarantine"
                    label={t('mailIn.nav')}
                    leftSection={<IconMailOff size={18} aria-hidden />}
                    active={location.pathname === '/admin/mail-quarantine'}
                    onClick={close}
                  />
                )}
              </>
            )}
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md">{t('nav.account')}</Text>
            <NavLink
              component={Link}
              to="/account/tokens"
              label={t('nav.apiTokens')}
              leftSection={<IconKey size={18} aria-hidden />}
              active={location.pathname === '/account/tokens'}
              onClick={close}
            />
            <NavLink
              component={Link}
              to="/account/notifications"
              label={t('mailNav.notifications')}
              leftSection={<IconBell size={18} aria-hidden />}
              active={location.pathname === '/account/notifications'}
              onClick={close}
            />
            <NavLink
              component="a"
              href="/docs"
              label={t('nav.apiDocs')}
              leftSection={<IconListDetails size={18} aria-hidden />}
            />
          </Stack>
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
