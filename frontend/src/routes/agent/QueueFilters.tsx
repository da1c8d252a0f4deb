import { Button, Group, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import '@mantine/dates/styles.css';
import 'dayjs/locale/es';
import 'dayjs/locale/fr';
import 'dayjs/locale/it';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketQuery } from '@/features/tickets/api';
import { useCategories, useOrganizations, useStaff, useTeams, useUserSearch } from '@/features/directory/api';
import { CHANNELS, CLOSURE_CODES, STATUSES, TYPES } from '@/features/tickets/filters';
import { currentLanguage } from '@/i18n';
import { PRIORITIES } from '@/lib/priority';

type Range = [string | null, string | null];

const toDay = (iso: string | null | undefined, end = false) => {
  if (!iso) return null;
  const date = new Date(iso);
  if (end) date.setUTCDate(date.getUTCDate() - 1); // the API's bound is exclusive
  return date.toISOString().slice(0, 10);
};
/** A day picked in the filter as an instant the API accepts (midnight UTC). */
const fromDay = (day: string | null, end = false) => {
  if (!day) return undefined;
  const date = new Date(`${day}T00:00:00Z`);
  if (end) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString();
};

/** Every list filter of the API (GET /tickets), in a panel loaded only when opened. */
export default function QueueFilters({ value, onApply }: { value: TicketQuery; onApply: (filters: TicketQuery) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<TicketQuery>(value);
  const [requesterSearch, setRequesterSearch] = useState('');
  const categories = useCategories().data ?? [];
  const teams = useTeams().data ?? [];
  const staff = useStaff().data;
  const organizations = useOrganizations().data ?? [];
  const requesters = useUserSearch({ role: 'customer', q: requesterSearch || undefined }).data;
  const set = (patch: Partial<TicketQuery>) => setDraft((d) => ({ ...d, ...patch }));

  const created: Range = [toDay(draft.created_after), toDay(draft.created_before, true)];
  const updated: Range = [toDay(draft.updated_after), toDay(draft.updated_before, true)];
  const requesterOptions = (requesters?.pages.flatMap((p) => p.items) ?? []).map((u) => ({ value: String(u.id), label: `${u.name} <${u.email}>` }));
  if (draft.requester_id && !requesterOptions.some((o) => o.value === String(draft.requester_id))) {
    requesterOptions.unshift({ value: String(draft.requester_id), label: `#${draft.requester_id}` });
  }

  return (
    <DatesProvider settings={{ locale: currentLanguage() }}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <MultiSelect
            label={t('filters.status')}
            data={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            value={draft.status ?? []}
            onChange={(v) => set({ status: v as TicketQuery['status'] })}
            clearable
          />
          <MultiSelect
            label={t('closure.filter')}
            data={CLOSURE_CODES.map((c) => ({ value: c, label: t(`closure.code.${c}`) }))}
            value={draft.closure ?? []}
            onChange={(v) => set({ closure: v as TicketQuery['closure'] })}
            clearable
            data-testid="filter-closure"
          />
          <MultiSelect
            label={t('filters.priority')}
            data={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
            value={draft.priority ?? []}
            onChange={(v) => set({ priority: v as TicketQuery['priority'] })}
            clearable
          />
          <Select
            label={t('filters.type')}
            data={TYPES.map((x) => ({ value: x, label: t(`type.${x}`) }))}
            value={draft.type ?? null}
            onChange={(v) => set({ type: (v ?? undefined) as TicketQuery['type'] })}
            clearable
          />
          <Select
            label={t('filters.category')}
            data={categories.map((c) => ({ value: String(c.id), label: c.name }))}
            value={draft.category_id ? String(draft.category_id) : null}
            onChange={(v) => set({ category_id: v ? Number(v) : undefined })}
            clearable
            searchable
          />
          <Select
            label={t('filters.assignee')}
            data={[
              { value: 'me', label: t('filters.assigneeMe') },
              { value: 'none', label: t('filters.assigneeNone') },
              ...[...(staff?.values() ?? [])].map((u) => ({ value: String(u.id), label: u.name })),
            ]}
            value={draft.assignee ?? null}
            onChange={(v) => set({ assignee: v ?? undefined })}
            clearable
            searchable
          />
          <Select
            label={t('filters.team')}
            data={teams.map((x) => ({ value: String(x.id), label: x.name }))}
            value={draft.team_id ? String(draft.team_id) : null}
            onChange={(v) => set({ team_id: v ? Number(v) : undefined })}
            clearable
          />
          <Select
            label={t('filters.requester')}
            data={requesterOptions}
            value={draft.requester_id ? String(draft.requester_id) : null}
            onChange={(v) => set({ requester_id: v ? Number(v) : undefined })}
            searchValue={requesterSearch}
            onSearchChange={setRequesterSearch}
            filter={({ options }) => options}
            clearable
            searchable
          />
          <Select
            label={t('filters.organization')}
            data={organizations.map((o) => ({ value: String(o.id), label: o.name }))}
            value={draft.organization_id ? String(draft.organization_id) : null}
            onChange={(v) => set({ organization_id: v ? Number(v) : undefined })}
            clearable
            searchable
          />
          <Select
            label={t('filters.channel')}
            data={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
            value={draft.channel ?? null}
            onChange={(v) => set({ channel: (v ?? undefined) as TicketQuery['channel'] })}
            clearable
          />
          <TextInput
            label={t('filters.tag')}
            value={draft.tag ?? ''}
            onChange={(e) => set({ tag: e.currentTarget.value || undefined })}
          />
          <DatePickerInput
            type="range"
            label={t('filters.created')}
            value={created}
            onChange={(v) => set({ created_after: fromDay(v[0]), created_before: fromDay(v[1], true) })}
            clearable
            allowSingleDateInRange
          />
          <DatePickerInput
            type="range"
            label={t('filters.updated')}
            value={updated}
            onChange={(v) => set({ updated_after: fromDay(v[0]), updated_before: fromDay(v[1], true) })}
            clearable
            allowSingleDateInRange
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => { setDraft({}); onApply({}); }}>
            {t('filters.clear')}
          </Button>
          <Button onClick={() => onApply(draft)}>{t('filters.apply')}</Button>
        </Group>
      </Stack>
    </DatesProvider>
  );
}
