import { ActionIcon, Box, Burger, Button, Container, Drawer, Group, Stack, TextInput, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconKey, IconLogout, IconPlus, IconSearch } from '@tabler/icons-react';
import { Suspense, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate } from 'react-router-dom';
import { LanguagePicker } from '@/components/LanguagePicker';
import { Logo } from '@/components/Logo';
import { Loading } from '@/components/States';
import { useSignOut } from '@/features/auth/api';
import { parseReference } from '@/lib/reference';

/** Looks a request up by its reference ("HD-1042"). */
function LookupForm({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const number = parseReference(value);
    if (number === null) {
      setError(t('portal.lookupInvalid'));
      return;
    }
    setError(null);
    setValue('');
    navigate(`/portal/requests/${number}`);
    onDone?.();
  };
  return (
    <form onSubmit={submit} role="search">
      <TextInput
        aria-label={t('portal.lookup')}
        placeholder={t('portal.lookupPlaceholder')}
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
        error={error}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={
          <ActionIcon type="submit" variant="subtle" aria-label={t('portal.lookupGo')}>
            <IconSearch size={14} aria-hidden />
          </ActionIcon>
        }
        data-testid="lookup"
      />
    </form>
  );
}

export default function PortalLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const [opened, { toggle, close }] = useDisclosure(false);
  const out = () => signOut.mutate(undefined, { onSettled: () => navigate('/sign-in') });
  return (
    <Box mih="100vh">
      <a className="skip-link" href="#main">{t('common.skipToContent')}</a>
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="lg" h={64}>
          <Group h="100%" justify="space-between" wrap="nowrap">
            <UnstyledButton component={Link} to="/portal" aria-label={t('portal.home')}>
              <Logo />
            </UnstyledButton>
            <Group gap="sm" visibleFrom="sm" wrap="nowrap" component="nav" aria-label={t('nav.main')}>
              <Button component={Link} to="/portal" variant="subtle">{t('portal.myRequests')}</Button>
              <Button component={Link} to="/portal/help" variant="subtle">{t('bulletins.help.nav')}</Button>
              <Button component={Link} to="/portal/new" leftSection={<IconPlus size={16} aria-hidden />}>{t('portal.newRequest.title')}</Button>
              <LookupForm />
              <ActionIcon component={Link} to="/portal/tokens" variant="subtle" size="lg" aria-label={t('nav.apiTokens')} title={t('nav.apiTokens')}><IconKey size={18} aria-hidden /></ActionIcon>
              <Button component={Link} to="/portal/notifications" variant="subtle">{t('mailNav.notifications')}</Button>
              <LanguagePicker />
              <Button variant="default" leftSection={<IconLogout size={16} aria-hidden />} onClick={out}>{t('nav.signOut')}</Button>
            </Group>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" aria-label={t('nav.toggle')} />
          </Group>
        </Container>
      </Box>
      <Drawer opened={opened} onClose={close} title={t('nav.menu')} position="right" size="xs" hiddenFrom="sm">
        <Stack>
          <Button component={Link} to="/portal" variant="light" onClick={close}>{t('portal.myRequests')}</Button>
          <Button component={Link} to="/portal/help" variant="light" onClick={close}>{t('bulletins.help.nav')}</Button>
          <Button component={Link} to="/portal/new" leftSection={<IconPlus size={16} aria-hidden />} onClick={close}>{t('portal.newRequest.title')}</Button>
          <LookupForm onDone={close} />
          <Button component={Link} to="/portal/tokens" variant="light" leftSection={<IconKey size={16} aria-hidden />} onClick={close}>{t('nav.apiTokens')}</Button>
          <Button component={Link} to="/portal/notifications" variant="light" onClick={close}>{t('mailNav.notifications')}</Button>
          <LanguagePicker />
          <Button variant="default" leftSection={<IconLogout size={16} aria-hidden />} onClick={out}>{t('nav.signOut')}</Button>
        </Stack>
      </Drawer>
      <Container size="lg" py="lg" component="main" id="main">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </Container>
    </Box>
  );
}
