import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/components/States';
import { useMailTest } from '@/features/mail/api';

/** Administrators check the SMTP settings by sending a test message. */
export default function MailTestPage() {
  const { t } = useTranslation();
  const test = useMailTest();
  const [to, setTo] = useState('');

  useEffect(() => {
    document.title = `${t('mail.test.title')} · Sportello`;
  }, [t]);

  return (
    <Stack maw={640}>
      <Title order={1} size="h2">{t('mail.test.title')}</Title>
      <Text c="dimmed" size="sm">{t('mail.test.help')}</Text>
      <Paper withBorder p="md" radius="md">
        <form onSubmit={(e) => { e.preventDefault(); test.mutate(to.trim() || null); }}>
          <Group align="end">
            <TextInput
              label={t('mail.test.to')}
              placeholder={t('mail.test.toPlaceholder')}
              type="email"
              value={to}
              onChange={(e) => setTo(e.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <Button type="submit" loading={test.isPending}>{t('mail.test.send')}</Button>
          </Group>
        </form>
      </Paper>
      {test.data && (
        <Alert color={test.data.delivered ? 'green' : 'red'} role="status" data-testid="mail-test-result">
          {test.data.delivered ? t('mail.test.delivered', { to: test.data.to }) : t('mail.test.failed', { to: test.data.to, detail: test.data.detail })}
        </Alert>
      )}
      {test.isError && <Alert color="red">{errorMessage(test.error, t)}</Alert>}
    </Stack>
  );
}
