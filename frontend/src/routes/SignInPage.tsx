import { Alert, Button, Center, Checkbox, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { isApiError } from '@/api/problem';
import { LanguagePicker } from '@/components/LanguagePicker';
import { Logo } from '@/components/Logo';
import { errorMessage } from '@/components/States';
import { useSignIn, useToken } from '@/features/auth/api';
import { session } from '@/features/auth/session';

/** Only a path of this app, never another origin ("//evil.example"). */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const token = useToken();
  const signIn = useSignIn();
  const next = safeNext(params.get('next'));
  const form = useForm({
    initialValues: { email: '', password: '', remember: false },
    validate: {
      email: (v) => (/^\S+@\S+$/.test(v) ? null : t('signIn.emailInvalid')),
      password: (v) => (v ? null : t('signIn.passwordRequired')),
    },
  });

  useEffect(() => {
    if (token) navigate(next, { replace: true });
  }, [token, next, navigate]);

  useEffect(() => {
    document.title = `${t('signIn.title')} · Sportello`;
  }, [t]);

  const failure = signIn.error
    ? isApiError(signIn.error, 401) || isApiError(signIn.error, 400)
      ? t('signIn.wrong')
      : errorMessage(signIn.error, t)
    : null;

  return (
    <Center mih="100vh" p="md">
      <Stack w="100%" maw={420} gap="lg">
        <Group justify="space-between">
          <Logo size="xl" />
          <LanguagePicker />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="lg" component="main">
          <form onSubmit={form.onSubmit((v) => signIn.mutate(v))} noValidate>
            <Stack>
              <div>
                <Title order={1} size="h2">{t('signIn.title')}</Title>
                <Text c="dimmed" size="sm">{t('signIn.subtitle')}</Text>
              </div>
              {session.expired() && (
                <Alert color="blue" icon={<IconInfoCircle aria-hidden />} role="status">
                  {t('signIn.expired')}
                </Alert>
              )}
              {failure && <Alert color="red" role="alert">{failure}</Alert>}
              <TextInput
                label={t('signIn.email')}
                type="email"
                autoComplete="username"
                required
                autoFocus
                {...form.getInputProps('email')}
              />
              <PasswordInput
                label={t('signIn.password')}
                autoComplete="current-password"
                required
                {...form.getInputProps('password')}
              />
              <Checkbox label={t('signIn.remember')} {...form.getInputProps('remember', { type: 'checkbox' })} />
              <Button type="submit" loading={signIn.isPending} fullWidth>
                {t('signIn.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Center>
  );
}
