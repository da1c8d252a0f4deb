import { Alert, Badge, Button, Code, CopyButton, Group, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notify } from '@/components/notify';
import { IconKey } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiTokenCreated, Scope } from '@/api/generated';
import { Empty, ErrorState, errorMessage, Loading } from '@/components/States';
import { useApiTokens, useCreateApiToken, useGrantableScopes, useRevokeApiToken } from '@/features/tokens/api';
import { ScopePicker } from '@/features/tokens/ScopePicker';
import { readScopes } from '@/features/tokens/scopes';
import { useFormat } from '@/i18n/format';

export default function TokensPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const tokens = useApiTokens();
  const create = useCreateApiToken();
  const revoke = useRevokeApiToken();
  const [name, setName] = useState('');
  const offered = useGrantableScopes();
  const [scopes, setScopes] = useState<Scope[] | null>(null);
  const chosen = scopes ?? readScopes(offered.data ?? []);
  const [days, setDays] = useState<number | string>(90);
  const [created, setCreated] = useState<ApiTokenCreated | null>(null);

  useEffect(() => {
    document.title = `${t('tokens.title')} · Sportello`;
  }, [t]);

  const submit = () =>
    create.mutate(
      { name: name.trim(), scopes: chosen, expires_in_days: Number(days) || null },
      { onSuccess: (token) => { setCreated(token); setName(''); setScopes(null); } },
    );

  return (
    <Stack maw={900}>
      <Title order={1} size="h2">{t('tokens.title')}</Title>
      <Text c="dimmed" size="sm">{t('tokens.help')}</Text>
      {created && (
        <Alert color="green" title={t('tokens.createdTitle')} role="status">
          <Stack gap="xs">
            <Text size="sm">{t('tokens.createdHelp')}</Text>
            <Group gap="xs" wrap="nowrap">
              <Code style={{ wordBreak: 'break-all' }}>{created.token}</Code>
              <CopyButton value={created.token}>
                {({ copied, copy }) => <Button size="xs" variant="light" onClick={copy}>{copied ? t('tokens.copied') : t('tokens.copy')}</Button>}
              </CopyButton>
            </Group>
          </Stack>
        </Alert>
      )}
      <Paper withBorder p="md" radius="md">
        <form onSubmit={(e) => { e.preventDefault(); submit(); }}>
          <Group align="flex-end" wrap="wrap">
            <TextInput label={t('tokens.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required style={{ flex: 1, minWidth: 200 }} />
            <NumberInput label={t('tokens.days')} value={days} onChange={setDays} min={1} max={3650} w={140} />
          </Group>
          <Group justify="space-between" align="flex-end" mt="md" wrap="wrap">
            {offered.isError ? <ErrorState error={offered.error} /> : <ScopePicker offered={offered.data ?? []} value={chosen} onChange={setScopes} />}
            <Button type="submit" leftSection={<IconKey size={16} aria-hidden />} loading={create.isPending} disabled={!name.trim() || chosen.length === 0}>{t('tokens.create')}</Button>
          </Group>
          {create.error && <Text c="red" size="sm" mt="xs" role="alert">{errorMessage(create.error, t)}</Text>}
        </form>
      </Paper>
      {tokens.isPending ? <Loading /> : tokens.isError ? <ErrorState error={tokens.error} /> : tokens.data.length === 0 ? <Empty title={t('tokens.none')} /> : (
        <Table.ScrollContainer minWidth={600}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tokens.name')}</Table.Th>
                <Table.Th>{t('tokens.scopes')}</Table.Th>
                <Table.Th>{t('tokens.created')}</Table.Th>
                <Table.Th>{t('tokens.expires')}</Table.Th>
                <Table.Th><span className="skip-link">{t('common.actions')}</span></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.data.map((token) => (
                <Table.Tr key={token.id}>
                  <Table.Td>{token.name}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>{token.scopes.map((scope) => <Badge key={scope} variant="light" tt="none">{scope}</Badge>)}</Group>
                  </Table.Td>
                  <Table.Td>{fmt.date(token.created_at)}</Table.Td>
                  <Table.Td>{fmt.date(token.expires_at)}</Table.Td>
                  <Table.Td>
                    {token.revoked_at ? <Badge color="gray" variant="light">{t('tokens.revoked')}</Badge> : (
                      <Button size="xs" color="red" variant="subtle" loading={revoke.isPending && revoke.variables === token.id}
                        onClick={() => revoke.mutate(token.id, { onError: (e) => notify({ color: 'red', message: errorMessage(e, t) }) })}>
                        {t('tokens.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
