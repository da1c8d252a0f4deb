import { Badge, Button, Group, Modal, PasswordInput, Select, SimpleGrid, Stack, Switch, Table, Text, TextInput, Alert } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notify } from '@/components/notify';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, UserOut } from '@/api/generated';
import { isApiError } from '@/api/problem';
import { Empty, ErrorState, errorMessage, Loading } from '@/components/States';
import { useCreateUser, useOrganizations, useUpdateUser, useUserSearch } from '@/features/directory/api';

const ROLES: Role[] = ['customer', 'agent', 'supervisor', 'admin'];

export function UsersAdmin() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<string | null>(null);
  const [debounced] = useDebouncedValue(q, 300);
  const users = useUserSearch({ q: debounced.trim() || undefined, role: (role ?? undefined) as Role | undefined });
  const organizations = useOrganizations().data ?? [];
  const [editing, setEditing] = useState<UserOut | 'new' | null>(null);
  const rows = users.data?.pages.flatMap((p) => p.items) ?? [];
  const orgName = (id: number | null) => organizations.find((o) => o.id === id)?.name ?? '';
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Group gap="sm">
          <TextInput aria-label={t('admin.users.search')} placeholder={t('admin.users.search')} leftSection={<IconSearch size={16} aria-hidden />} value={q} onChange={(e) => setQ(e.currentTarget.value)} />
          <Select aria-label={t('people.role')} placeholder={t('admin.users.anyRole')} data={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} value={role} onChange={setRole} clearable w={180} />
        </Group>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>{t('admin.users.add')}</Button>
      </Group>
      {users.isPending ? <Loading /> : users.isError ? <ErrorState error={users.error} onRetry={() => void users.refetch()} /> : rows.length === 0 ? <Empty title={t('admin.nothing')} /> : (
        <Table.ScrollContainer minWidth={640}>
          <Table highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('people.name')}</Table.Th>
                <Table.Th>{t('people.email')}</Table.Th>
                <Table.Th>{t('people.role')}</Table.Th>
                <Table.Th>{t('people.organization')}</Table.Th>
                <Table.Th>{t('people.status')}</Table.Th>
                <Table.Th><span className="skip-link">{t('common.actions')}</span></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td>{u.name}</Table.Td>
                  <Table.Td>{u.email}</Table.Td>
                  <Table.Td><Badge variant="light" color={u.role === 'customer' ? 'teal' : u.role === 'admin' ? 'grape' : 'blue'}>{t(`role.${u.role}`)}</Badge></Table.Td>
                  <Table.Td>{orgName(u.organization_id)}</Table.Td>
                  <Table.Td>{u.active ? t('people.active') : <Text span c="dimmed">{t('people.inactive')}</Text>}</Table.Td>
                  <Table.Td><Button size="xs" variant="subtle" onClick={() => setEditing(u)} aria-label={t('admin.editNamed', { name: u.name })}>{t('common.edit')}</Button></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {users.hasNextPage && <Group justify="center"><Button variant="default" onClick={() => void users.fetchNextPage()} loading={users.isFetchingNextPage}>{t('queue.loadMore')}</Button></Group>}
      {editing && <UserModal user={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function UserModal({ user, onClose }: { user: UserOut | null; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const update = useUpdateUser();
  const organizations = useOrganizations().data ?? [];
  const [v, setV] = useState({
    name: user?.name ?? '',
    email: user?.email ?? '',
    role: (user?.role ?? 'customer') as Role,
    phone: user?.phone ?? '',
    active: user?.active ?? true,
    organizationId: user?.organization_id ? String(user.organization_id) : null,
    departmentId: user?.department_id ? String(user.department_id) : null,
    locationId: user?.location_id ? String(user.location_id) : null,
    password: '',
  });
  const organization = organizations.find((o) => String(o.id) === v.organizationId);
  const mutation = user ? update : create;
  const errors = isApiError(mutation.error, 422) ? mutation.error.fieldErrors() : {};
  const placement = {
    organization_id: v.organizationId ? Number(v.organizationId) : null,
    department_id: v.departmentId ? Number(v.departmentId) : null,
    location_id: v.locationId ? Number(v.locationId) : null,
  };
  const done = () => {
    notify({ color: 'green', message: t('admin.saved') });
    onClose();
  };
  const save = () => {
    if (user) {
      update.mutate({ id: user.id, body: { name: v.name, role: v.role, phone: v.phone || null, active: v.active, ...placement, ...(v.password ? { password: v.password } : {}) } }, { onSuccess: done });
    } else {
      create.mutate({ name: v.name, email: v.email, role: v.role, phone: v.phone || null, password: v.password || null, ...placement }, { onSuccess: done });
    }
  };
  return (
    <Modal opened onClose={onClose} title={user ? t('admin.users.edit') : t('admin.users.add')} size="lg">
      <form onSubmit={(e) => { e.preventDefault(); save(); }}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('people.name')} value={v.name} onChange={(e) => setV({ ...v, name: e.currentTarget.value })} required error={errors.name} data-autofocus />
            <TextInput label={t('people.email')} value={v.email} onChange={(e) => setV({ ...v, email: e.currentTarget.value })} required disabled={!!user} error={errors.email} />
            <Select label={t('people.role')} data={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} value={v.role} onChange={(r) => r && setV({ ...v, role: r as Role })} allowDeselect={false} />
            <TextInput label={t('people.phone')} value={v.phone} onChange={(e) => setV({ ...v, phone: e.currentTarget.value })} error={errors.phone} />
            <Select label={t('people.organization')} data={organizations.map((o) => ({ value: String(o.id), label: o.name }))} value={v.organizationId} onChange={(o) => setV({ ...v, organizationId: o, departmentId: null, locationId: null })} clearable searchable />
            <Select label={t('people.department')} data={(organization?.departments ?? []).map((d) => ({ value: String(d.id), label: d.name }))} value={v.departmentId} onChange={(d) => setV({ ...v, departmentId: d })} clearable disabled={!organization} />
            <Select label={t('people.location')} data={(organization?.locations ?? []).map((l) => ({ value: String(l.id), label: l.name }))} value={v.locationId} onChange={(l) => setV({ ...v, locationId: l })} clearable disabled={!organization} />
            <PasswordInput label={user ? t('admin.users.newPassword') : t('signIn.password')} description={t('admin.users.passwordHelp')} value={v.password} onChange={(e) => setV({ ...v, password: e.currentTarget.value })} error={errors.password} autoComplete="new-password" />
          </SimpleGrid>
          {user && <Switch label={t('people.active')} checked={v.active} onChange={(e) => setV({ ...v, active: e.currentTarget.checked })} />}
          {mutation.error && <Alert color="red" role="alert">{errorMessage(mutation.error, t)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={mutation.isPending}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
