import { Alert, Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { notify } from '@/components/notify';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationOut } from '@/api/generated';
import { Empty, ErrorState, errorMessage, Loading } from '@/components/States';
import { useAddDepartment, useAddLocation, useCreateOrganization, useOrganizations, useUpdateOrganization } from '@/features/directory/api';

export function OrganizationsAdmin() {
  const { t } = useTranslation();
  const organizations = useOrganizations();
  const [editing, setEditing] = useState<OrganizationOut | 'new' | null>(null);
  const list = organizations.data ?? [];
  return (
    <Stack>
      <Group justify="flex-end">
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>{t('admin.organizations.add')}</Button>
      </Group>
      {organizations.isPending ? <Loading /> : organizations.isError ? <ErrorState error={organizations.error} /> : list.length === 0 ? <Empty title={t('admin.nothing')} /> : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {list.map((o) => (
            <Card key={o.id} withBorder radius="md">
              <Group justify="space-between" mb="xs">
                <Text fw={600}>{o.name}</Text>
                <Button size="xs" variant="subtle" onClick={() => setEditing(o)} aria-label={t('admin.editNamed', { name: o.name })}>{t('common.edit')}</Button>
              </Group>
              {o.shared_tickets && <Badge variant="light" mb="xs">{t('admin.organizations.shared')}</Badge>}
              <Text size="sm" c="dimmed">{t('admin.organizations.departments')}: {o.departments.map((d) => d.name).join(', ') || '—'}</Text>
              <Text size="sm" c="dimmed">{t('admin.organizations.locations')}: {o.locations.map((l) => l.name).join(', ') || '—'}</Text>
            </Card>
          ))}
        </SimpleGrid>
      )}
      {editing && <OrganizationModal organization={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function OrganizationModal({ organization, onClose }: { organization: OrganizationOut | null; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateOrganization();
  const update = useUpdateOrganization();
  const addDepartment = useAddDepartment();
  const addLocation = useAddLocation();
  const live = useOrganizations().data?.find((o) => o.id === organization?.id) ?? organization;
  const [name, setName] = useState(organization?.name ?? '');
  const [shared, setShared] = useState(organization?.shared_tickets ?? false);
  const [department, setDepartment] = useState('');
  const [location, setLocation] = useState('');
  const [address, setAddress] = useState('');
  const mutation = organization ? update : create;
  const error = mutation.error ?? addDepartment.error ?? addLocation.error;
  const save = () => {
    const done = () => { notify({ color: 'green', message: t('admin.saved') }); onClose(); };
    if (organization) update.mutate({ id: organization.id, body: { name, shared_tickets: shared } }, { onSuccess: done });
    else create.mutate({ name, shared_tickets: shared }, { onSuccess: done });
  };
  return (
    <Modal opened onClose={onClose} title={organization ? t('admin.organizations.edit') : t('admin.organizations.add')} size="lg">
      <Stack>
        <TextInput label={t('people.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required data-autofocus />
        <Switch label={t('admin.organizations.sharedLabel')} checked={shared} onChange={(e) => setShared(e.currentTarget.checked)} />
        {live && (
          <>
            <Text fw={600} size="sm">{t('admin.organizations.departments')}</Text>
            <Group gap={4}>{live.departments.map((d) => <Badge key={d.id} variant="outline" tt="none">{d.name}</Badge>)}</Group>
            <Group align="flex-end">
              <TextInput label={t('admin.organizations.newDepartment')} value={department} onChange={(e) => setDepartment(e.currentTarget.value)} style={{ flex: 1 }} />
              <Button variant="default" disabled={!department.trim()} loading={addDepartment.isPending} onClick={() => addDepartment.mutate({ id: live.id, name: department.trim() }, { onSuccess: () => setDepartment('') })}>{t('common.add')}</Button>
            </Group>
            <Text fw={600} size="sm">{t('admin.organizations.locations')}</Text>
            <Group gap={4}>{live.locations.map((l) => <Badge key={l.id} variant="outline" tt="none">{l.name}</Badge>)}</Group>
            <Group align="flex-end">
              <TextInput label={t('admin.organizations.newLocation')} value={location} onChange={(e) => setLocation(e.currentTarget.value)} style={{ flex: 1 }} />
              <TextInput label={t('admin.organizations.address')} value={address} onChange={(e) => setAddress(e.currentTarget.value)} style={{ flex: 1 }} />
              <Button variant="default" disabled={!location.trim()} loading={addLocation.isPending} onClick={() => addLocation.mutate({ id: live.id, name: location.trim(), address: address.trim() || null }, { onSuccess: () => { setLocation(''); setAddress(''); } })}>{t('common.add')}</Button>
            </Group>
          </>
        )}
        {error && <Alert color="red" role="alert">{errorMessage(error, t)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={save} loading={mutation.isPending} disabled={!name.trim()}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
