import { Alert, Badge, Button, Card, Group, Modal, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarOut, CalendarWrite, Channel, Metric, PolicyOut, Priority, TicketType } from '@/api/generated';
import { isApiError } from '@/api/problem';
import { notify } from '@/components/notify';
import { Empty, ErrorState, errorMessage, Loading } from '@/components/States';
import { useDeactivatePolicy, useReorderPolicies, useSaveCalendar, useSavePolicy, useSlaCalendars, useSlaPolicies } from '@/features/sla/api';
import { span } from '@/features/sla/words';

const DAYS = [0, 1, 2, 3, 4, 5, 6] as const;
const PRIORITIES: Priority[] = ['critical', 'high', 'medium', 'low'];
const METRICS: Metric[] = ['first_reply', 'next_reply', 'periodic_update', 'resolution'];
const TYPES: TicketType[] = ['incident', 'service_request', 'question', 'problem'];
const CHANNELS: Channel[] = ['web', 'email', 'phone', 'walk_in', 'api'];

export default function SlaAdmin() {
  const { t } = useTranslation();
  const calendars = useSlaCalendars();
  const policies = useSlaPolicies();
  const deactivate = useDeactivatePolicy();
  const reorder = useReorderPolicies();
  const activeIds = (policies.data ?? []).filter((p) => p.active).map((p) => p.id);
  const moveUp = (id: number) => {
    const i = activeIds.indexOf(id);
    if (i <= 0) return;
    const next = [...activeIds];
    [next[i - 1], next[i]] = [next[i]!, next[i - 1]!];
    reorder.mutate(next, { onError: (e) => notify({ color: 'red', message: errorMessage(e, t) }) });
  };
  const [calendar, setCalendar] = useState<CalendarOut | 'new' | null>(null);
  const [policy, setPolicy] = useState<PolicyOut | 'new' | null>(null);
  const calendarName = (id: number | null) => (id === null ? t('sla.admin.wallClock') : (calendars.data?.find((c) => c.id === id)?.name ?? `#${id}`));
  return (
    <Stack gap="xl">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4">{t('sla.admin.calendars')}</Title>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCalendar('new')}>{t('sla.admin.addCalendar')}</Button>
        </Group>
        {calendars.isPending ? <Loading /> : calendars.isError ? <ErrorState error={calendars.error} /> : calendars.data.length === 0 ? <Empty title={t('sla.admin.noCalendars')} /> : (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {calendars.data.map((c) => (
              <Card key={c.id} withBorder radius="md" data-testid="sla-calendar">
                <Group justify="space-between" mb={4}>
                  <Group gap="xs"><Text fw={600}>{c.name}</Text><Badge variant="light" tt="none">{t('sla.admin.version', { version: c.version })}</Badge></Group>
                  <Button size="xs" variant="subtle" onClick={() => setCalendar(c)} aria-label={t('sla.admin.editNamed', { name: c.name })}>{t('sla.admin.edit')}</Button>
                </Group>
                <Text size="sm" c="dimmed">{c.zone}</Text>
                <Text size="sm">{DAYS.map((d) => `${t(`sla.days.${d}`)} ${c.week[d]?.join(', ') || t('sla.admin.closed')}`).join(' · ')}</Text>
                {c.holidays.length > 0 && <Text size="xs" c="dimmed">{t('sla.admin.holidayCount', { count: c.holidays.length })}</Text>}
              </Card>
            ))}
          </SimpleGrid>
        )}
      </Stack>
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4">{t('sla.admin.policies')}</Title>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setPolicy('new')}>{t('sla.admin.addPolicy')}</Button>
        </Group>
        <Text size="sm" c="dimmed">{t('sla.admin.policiesHelp')}</Text>
        {policies.isPending ? <Loading /> : policies.isError ? <ErrorState error={policies.error} /> : policies.data.length === 0 ? <Empty title={t('sla.admin.noPolicies')} /> : (
          <Stack>
            {policies.data.map((p) => (
              <Card key={p.id} withBorder radius="md" data-testid="sla-policy">
                <Group justify="space-between" mb={4}>
                  <Group gap="xs">
                    <Text fw={600}>{p.name}</Text>
                    <Badge variant="light" tt="none">{t('sla.admin.version', { version: p.version })}</Badge>
                    <Badge variant={p.active ? 'light' : 'outline'} color={p.active ? 'green' : 'gray'} tt="none">{p.active ? t('sla.admin.active') : t('sla.admin.inactive')}</Badge>
                  </Group>
                  <Group gap="xs">
                    {p.active && activeIds.indexOf(p.id) > 0 && (
                      <Button size="xs" variant="subtle" onClick={() => moveUp(p.id)} aria-label={t('sla.admin.moveUpNamed', { name: p.name })} loading={reorder.isPending}>
                        {t('sla.admin.moveUp')}
                      </Button>
                    )}
                    <Button size="xs" variant="subtle" onClick={() => setPolicy(p)} aria-label={t('sla.admin.editNamed', { name: p.name })}>{t('sla.admin.edit')}</Button>
                    {p.active && (
                      <Button size="xs" variant="subtle" color="red" onClick={() => deactivate.mutate(p.id, { onError: (e) => notify({ color: 'red', message: errorMessage(e, t) }) })}>
                        {t('sla.admin.deactivate')}
                      </Button>
                    )}
                  </Group>
                </Group>
                <Text size="sm" c="dimmed">{calendarName(p.calendar_id)}</Text>
                <Text size="sm">
                  {PRIORITIES.filter((pr) => p.targets[pr]).map((pr) => `${t(`priority.${pr}`)}: ${METRICS.filter((m) => p.targets[pr]?.[m]).map((m) => `${t(`sla.metric.${m}`)} ${span(p.targets[pr]?.[m] ?? 0, t)}`).join(', ')}`).join(' · ')}
                </Text>
              </Card>
            ))}
          </Stack>
        )}
      </Stack>
      {calendar && <CalendarModal calendar={calendar === 'new' ? null : calendar} onClose={() => setCalendar(null)} />}
      {policy && <PolicyModal policy={policy === 'new' ? null : policy} calendars={calendars.data ?? []} onClose={() => setPolicy(null)} />}
    </Stack>
  );
}

function zones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf?.('timeZone') ?? ['UTC', 'Europe/Rome', 'Europe/Madrid', 'Europe/Paris'];
}

function CalendarModal({ calendar, onClose }: { calendar: CalendarOut | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveCalendar();
  const [name, setName] = useState(calendar?.name ?? '');
  const [zone, setZone] = useState<string | null>(calendar?.zone ?? 'Europe/Rome');
  const [week, setWeek] = useState<string[]>(DAYS.map((d) => (calendar ? (calendar.week[d] ?? []).join(', ') : d < 5 ? '09:00-18:00' : '')));
  const [holidays, setHolidays] = useState((calendar?.holidays ?? []).join('\n'));
  const errors = isApiError(save.error, 422) ? save.error.fieldErrors() : {};
  const holidayError = Object.entries(errors).find(([k]) => k.startsWith('holidays'))?.[1];
  const submit = () => {
    const body = {
      name,
      zone: zone ?? '',
      week: week.map((day) => day.split(',').map((h) => h.trim()).filter(Boolean)) as CalendarWrite['week'],
      holidays: holidays.split(/[\s,]+/).filter(Boolean),
      overrides: calendar?.overrides ?? [],
    };
    save.mutate(
      { id: calendar?.id, version: calendar?.current_version, body },
      { onSuccess: () => { notify({ color: 'green', message: t('sla.admin.saved') }); onClose(); } },
    );
  };
  return (
    <Modal opened onClose={onClose} title={calendar ? t('sla.admin.editCalendar') : t('sla.admin.addCalendar')} size="lg">
      <Stack>
        <TextInput label={t('sla.admin.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} required data-autofocus />
        <Select label={t('sla.admin.zone')} data={zones()} value={zone} onChange={setZone} searchable error={errors.zone} required />
        <Text size="sm" fw={500}>{t('sla.admin.hours')}</Text>
        <Text size="xs" c="dimmed">{t('sla.admin.hoursHelp')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {DAYS.map((d) => (
            <TextInput
              key={d}
              label={t(`sla.days.${d}`)}
              placeholder={t('sla.admin.closed')}
              value={week[d]}
              onChange={(e) => { const next = [...week]; next[d] = e.currentTarget.value; setWeek(next); }}
              error={errors[`week.${d}`]}
            />
          ))}
        </SimpleGrid>
        {errors.week && <Text size="sm" c="red" role="alert">{errors.week}</Text>}
        <Textarea label={t('sla.admin.holidays')} description={t('sla.admin.holidaysHelp')} value={holidays} onChange={(e) => setHolidays(e.currentTarget.value)} autosize minRows={2} error={holidayError} />
        {save.error && !isApiError(save.error, 422) && <Alert color="red" role="alert">{errorMessage(save.error, t)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('sla.admin.cancel')}</Button>
          <Button onClick={submit} loading={save.isPending} disabled={!name.trim()}>{t('sla.admin.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

type Hours = Partial<Record<Priority, Partial<Record<Metric, number | string>>>>;

function PolicyModal({ policy, calendars, onClose }: { policy: PolicyOut | null; calendars: CalendarOut[]; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSavePolicy();
  const [name, setName] = useState(policy?.name ?? '');
  const [calendarId, setCalendarId] = useState<string>(policy?.calendar_id ? String(policy.calendar_id) : policy ? 'none' : (calendars[0] ? String(calendars[0].id) : 'none'));
  const [hours, setHours] = useState<Hours>(() => {
    const out: Hours = {};
    for (const p of PRIORITIES) {
      out[p] = {};
      for (const m of METRICS) {
        const seconds = policy?.targets[p]?.[m];
        if (seconds) out[p]![m] = seconds / 3600;
      }
    }
    return out;
  });
  const [types, setTypes] = useState<string[]>(policy?.conditions.types ?? []);
  const [channels, setChannels] = useState<string[]>(policy?.conditions.channels ?? []);
  const [warning, setWarning] = useState<number | string>(policy?.warning_percent ?? 80);
  const errors = isApiError(save.error, 422) ? save.error.fieldErrors() : {};
  const submit = () => {
    const targets: Record<string, Record<string, number>> = {};
    for (const p of PRIORITIES) {
      for (const m of METRICS) {
        const value = hours[p]?.[m];
        if (value === undefined || value === '') continue;
        (targets[p] ??= {})[m] = Math.round(Number(value) * 3600);
      }
    }
    const body = {
      name,
      calendar_id: calendarId === 'none' ? null : Number(calendarId),
      targets,
      pausing: policy?.pausing ?? {},
      conditions: { ...(policy?.conditions ?? {}), types: types as TicketType[], channels: channels as Channel[] },
      warning_percent: Number(warning) || 80,
    };
    save.mutate(
      { id: policy?.id, version: policy?.current_version, body },
      { onSuccess: () => { notify({ color: 'green', message: t('sla.admin.saved') }); onClose(); } },
    );
  };
  return (
    <Modal opened onClose={onClose} title={policy ? t('sla.admin.editPolicy') : t('sla.admin.addPolicy')} size="xl">
      <Stack>
        <TextInput label={t('sla.admin.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} required data-autofocus />
        <Select
          label={t('sla.admin.calendar')}
          data={[{ value: 'none', label: t('sla.admin.wallClock') }, ...calendars.filter((c) => c.active).map((c) => ({ value: String(c.id), label: c.name }))]}
          value={calendarId}
          onChange={(v) => setCalendarId(v ?? 'none')}
          allowDeselect={false}
          error={errors.calendar_id}
        />
        <Text size="sm" fw={500}>{t('sla.admin.targets')}</Text>
        <Text size="xs" c="dimmed">{t('sla.admin.targetsHelp')}</Text>
        {errors.targets && <Text size="sm" c="red" role="alert">{errors.targets}</Text>}
        <Table withRowBorders={false} verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sla.admin.priority')}</Table.Th>
              {METRICS.map((m) => <Table.Th key={m}>{t(`sla.metric.${m}`)}</Table.Th>)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {PRIORITIES.map((p) => (
              <Table.Tr key={p}>
                <Table.Td><Text size="sm">{t(`priority.${p}`)}</Text></Table.Td>
                {METRICS.map((m) => (
                  <Table.Td key={m}>
                    <NumberInput
                      aria-label={t('sla.admin.targetLabel', { priority: t(`priority.${p}`), metric: t(`sla.metric.${m}`) })}
                      value={hours[p]?.[m] ?? ''}
                      onChange={(v) => setHours({ ...hours, [p]: { ...hours[p], [m]: v } })}
                      decimalScale={2}
                      size="xs"
                      error={errors[`targets.${p}.${m}`]}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MultiSelect label={t('sla.admin.types')} placeholder={t('sla.admin.any')} data={TYPES.map((v) => ({ value: v, label: t(`type.${v}`) }))} value={types} onChange={setTypes} error={errors['conditions.types']} />
          <MultiSelect label={t('sla.admin.channels')} placeholder={t('sla.admin.any')} data={CHANNELS.map((v) => ({ value: v, label: t(`channel.${v}`) }))} value={channels} onChange={setChannels} error={errors['conditions.channels']} />
        </SimpleGrid>
        <NumberInput label={t('sla.admin.warning')} description={t('sla.admin.warningHelp')} value={warning} onChange={setWarning} min={1} max={99} allowDecimal={false} error={errors.warning_percent} />
        {Object.keys(errors).some((k) => k.startsWith('pausing')) && <Alert color="red" role="alert">{Object.entries(errors).filter(([k]) => k.startsWith('pausing')).map(([, v]) => v).join(' ')}</Alert>}
        {save.error && !isApiError(save.error, 422) && <Alert color="red" role="alert">{errorMessage(save.error, t)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('sla.admin.cancel')}</Button>
          <Button onClick={submit} loading={save.isPending} disabled={!name.trim()}>{t('sla.admin.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
