import { Alert, Button, Group, Modal, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconUserPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserOut } from '@/api/generated';
import { isApiError } from '@/api/problem';
import { errorMessage } from '@/components/States';
import { useCreateUser, useOrganization, useOrganizations, useUserSearch } from './api';

/** Find the caller among the customer contacts, or add them on the spot. */
export function RequesterPicker({ value, onChange }: { value: UserOut | null; onChange: (user: UserOut | null) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [creating, { open, close }] = useDisclosure(false);
  const found = useUserSearch({ role: 'customer', q: debounced.trim() || undefined }, !value);
  const people = found.data?.pages.flatMap((p) => p.items) ?? [];
  const organization = useOrganization(value?.organization_id).data;

  if (value) {
    return (
      <Paper withBorder p="sm" radius="md" bg="blue.0" data-testid="requester-chosen">
        {/* Wraps in a narrow column (the ticket's triage form) so "Change" stays whole. */}
        <Group justify="space-between" wrap="wrap" gap="xs">
          <div>
            <Text size="xs" c="dimmed">{t('newTicket.requester')}</Text>
            <Text fw={600}>{value.name}</Text>
            <Text size="sm">{value.email}{value.phone ? ` · ${value.phone}` : ''}{organization ? ` · ${organization.name}` : ''}</Text>
          </div>
          <Button variant="subtle" leftSection={<IconX size={14} aria-hidden />} onClick={() => onChange(null)}>
            {t('newTicket.change')}
          </Button>
        </Group>
      </Paper>
    );
  }

  return (
    <>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('newTicket.findRequester')}
          placeholder={t('newTicket.findPlaceholder')}
          data={people.map((u) => ({ value: String(u.id), label: `${u.name} · ${u.email}` }))}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options }) => options}
          onChange={(id) => onChange(people.find((u) => String(u.id) === id) ?? null)}
          nothingFoundMessage={found.isFetching ? t('common.loading') : t('newTicket.nobody')}
          style={{ flex: 1, minWidth: 260 }}
          required
          data-testid="requester-search"
        />
        <Button variant="default" leftSection={<IconUserPlus size={16} aria-hidden />} onClick={open} data-testid="new-contact">
          {t('newTicket.newContact')}
        </Button>
      </Group>
      <NewContactModal opened={creating} onClose={close} initialName={search} onCreated={(user) => { onChange(user); close(); }} />
    </>
  );
}

export function NewContactModal({ opened, onClose, onCreated, initialName }: { opened: boolean; onClose: () => void; onCreated: (user: UserOut) => void; initialName: string }) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const organizations = useOrganizations(opened).data ?? [];
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [locationId, setLocationId] = useState<string | null>(null);
  const organization = organizations.find((o) => String(o.id) === organizationId);
  const errors = isApiError(create.error, 422) ? create.error.fieldErrors() : {};
  const submit = () =>
    create.mutate(
      {
        name: name.trim() || initialName.trim(),
        email: email.trim(),
        phone: phone.trim() || null,
        role: 'customer',
        organization_id: organizationId ? Number(organizationId) : null,
        department_id: departmentId ? Number(departmentId) : null,
        location_id: locationId ? Number(locationId) : null,
      },
      { onSuccess: onCreated },
    );
  return (
    <Modal opened={opened} onClose={onClose} title={t('newTicket.newContact')} size="lg">
      {/* The modal renders in a portal but React still bubbles its submit to the ticket form. */}
      <form onSubmit={(e) => { e.preventDefault(); e.stopPropagation(); submit(); }}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('people.name')} value={name || initialName} onChange={(e) => setName(e.currentTarget.value)} required error={errors.name} data-autofocus data-testid="contact-name" />
            <TextInput label={t('people.email')} type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} required error={errors.email} data-testid="contact-email" />
            <TextInput label={t('people.phone')} value={phone} onChange={(e) => setPhone(e.currentTarget.value)} error={errors.phone} />
            <Select
              label={t('people.organization')}
              data={organizations.map((o) => ({ value: String(o.id), label: o.name }))}
              value={organizationId}
              onChange={(v) => { setOrganizationId(v); setDepartmentId(null); setLocationId(null); }}
              clearable
              searchable
              data-testid="contact-organization"
            />
            <Select
              label={t('people.department')}
              data={(organization?.departments ?? []).map((d) => ({ value: String(d.id), label: d.name }))}
              value={departmentId}
              onChange={setDepartmentId}
              disabled={!organization}
              clearable
            />
            <Select
              label={t('people.location')}
              data={(organization?.locations ?? []).map((l) => ({ value: String(l.id), label: l.name }))}
              value={locationId}
              onChange={setLocationId}
              disabled={!organization}
              clearable
            />
          </SimpleGrid>
          {create.error && !isApiError(create.error, 422) && <Alert color="red" role="alert">{errorMessage(create.error, t)}</Alert>}
          {create.error && isApiError(create.error, 422) && <Alert color="red" role="alert">{create.error.message}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={create.isPending} data-testid="contact-create">{t('newTicket.addContact')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
