import { Button, Group, Paper, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmailChoice, Language } from '@/api/generated';
import { notify } from '@/components/notify';
import { ErrorState, errorMessage, Loading } from '@/components/States';
import { useNotificationPreferences, useSaveNotificationPreferences } from '@/features/mail/api';
import { LANGUAGE_NAMES, LANGUAGES } from '@/i18n';

/** Each person's choice of the emails they receive, and their language. */
export default function NotificationPreferencesPage() {
  const { t } = useTranslation();
  const current = useNotificationPreferences();
  const save = useSaveNotificationPreferences();
  const [language, setLanguage] = useState<Language>('en');
  const [email, setEmail] = useState<EmailChoice[]>([]);

  useEffect(() => {
    document.title = `${t('mail.preferences.title')} · Sportello`;
  }, [t]);
  useEffect(() => {
    if (current.data) {
      setLanguage(current.data.language);
      setEmail(current.data.email);
    }
  }, [current.data]);

  if (current.isPending) return <Loading />;
  if (current.isError) return <ErrorState error={current.error} onRetry={() => void current.refetch()} />;

  const submit = () =>
    save.mutate(
      { language, email },
      {
        onSuccess: () => notify({ color: 'green', message: t('mail.preferences.saved') }),
        onError: (error) => notify({ color: 'red', message: errorMessage(error, t) }),
      },
    );

  return (
    <Stack maw={640}>
      <Title order={1} size="h2">{t('mail.preferences.title')}</Title>
      <Text c="dimmed" size="sm">{t('mail.preferences.help')}</Text>
      {current.data.in_app_always && <Text size="sm">{t('mail.preferences.inApp')}</Text>}
      <Paper withBorder p="md" radius="md">
        <form onSubmit={(e) => { e.preventDefault(); submit(); }}>
          <Stack>
            <Select
              label={t('mail.preferences.language')}
              data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
              value={language}
              onChange={(value) => value && setLanguage(value as Language)}
              allowDeselect={false}
              data-testid="mail-language"
            />
            {email.map((choice) => (
              <Switch
                key={choice.kind}
                label={t(`mail.kind.${choice.kind}`)}
                checked={choice.email}
                onChange={(event) => {
                  const checked = event.currentTarget.checked;
                  setEmail((all) => all.map((c) => (c.kind === choice.kind ? { ...c, email: checked } : c)));
                }}
                data-testid={`mail-kind-${choice.kind}`}
              />
            ))}
            <Group>
              <Button type="submit" loading={save.isPending}>{t('mail.preferences.save')}</Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
