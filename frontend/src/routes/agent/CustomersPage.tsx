import { Anchor, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Empty, ErrorState, Loading } from '@/components/States';
import { useOrganizations, useUserSearch } from '@/features/directory/api';
import { NewContactModal } from '@/features/directory/RequesterPicker';

/** The customer directory: find a caller by name, email or organization; add a contact. */
export default function CustomersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const organizationId = params.get('organization');
  const organizations = useOrganizations().data ?? [];
  const [creating, { open, close }] = useDisclosure(false);
  const found = useUserSearch({
    role: 'customer',
    q: debounced || undefined,
    organization_id: organizationId ? Number(organizationId) : undefined,
  });
  const people = found.data?.pages.flatMap((p) => p.items) ?? [];
  const orgName = (id: number | null) => organizations.find((o) => o.id === id)?.name ?? '';

  useEffect(() => {
    document.title = `${t('triage.directory.title')} · Sportello`;
  }, [t]);

  useEffect(() => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (debounced) next.set('q', debounced);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [debounced, setParams]);

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <div>
          <Title order={1} size="h2">{t('triage.directory.title')}</Title>
          <Text c="dimmed" size="sm">{t('triage.directory.help')}</Text>
        </div>
        <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={open} data-testid="new-contact">
          {t('newTicket.newContact')}
        </Button>
      </Group>
      <Group gap="sm" wrap="wrap" role="search">
        <TextInput
          label={t('triage.directory.search')}
          placeholder={t('triage.directory.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          style={{ flex: 1, minWidth: 260 }}
          data-testid="directory-search"
        />
        <Select
          label={t('people.organization')}
          placeholder={t('triage.directory.anyOrganization')}
          data={organizations.map((o) => ({ value: String(o.id), label: o.name }))}
          value={organizationId}
          onChange={(v) =>
            setParams((current) => {
              const next = new URLSearchParams(current);
              if (v) next.set('organization', v);
              else next.delete('organization');
              return next;
            })
          }
          clearable
          searchable
          w={240}
        />
      </Group>
      {found.isPending ? (
        <Loading />
      ) : found.isError ? (
        <ErrorState error={found.error} onRetry={() => void found.refetch()} />
      ) : people.length === 0 ? (
        <Empty title={t('triage.directory.nobody')} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table highlightOnHover data-testid="directory-results">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('people.name')}</Table.Th>
                  <Table.Th>{t('people.email')}</Table.Th>
                  <Table.Th>{t('people.organization')}</Table.Th>
                  <Table.Th>{t('people.phone')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {people.map((u) => (
                  <Table.Tr key={u.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/customers/${u.id}`}>{u.name}</Anchor>
                      {!u.active && <Text span size="xs" c="dimmed"> · {t('people.inactive')}</Text>}
                    </Table.Td>
                    <Table.Td>{u.email}</Table.Td>
                    <Table.Td>{orgName(u.organization_id)}</Table.Td>
                    <Table.Td>{u.phone ?? ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {found.hasNextPage && (
            <Group justify="center">
              <Button variant="default" onClick={() => void found.fetchNextPage()} loading={found.isFetchingNextPage}>
                {t('triage.loadMore')}
              </Button>
            </Group>
          )}
        </>
      )}
      <NewContactModal
        opened={creating}
        onClose={close}
        initialName=""
        onCreated={(user) => {
          close();
          navigate(`/customers/${user.id}`);
        }}
      />
    </Stack>
  );
}
