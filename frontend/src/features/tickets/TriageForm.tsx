import { Alert, Button, Card, Group, SegmentedControl, Select, Stack, TagsInput, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategoryOut, Level, TicketOut, TicketType, UserOut } from '@/api/generated';
import { isApiError } from '@/api/problem';
import { PriorityBadge } from '@/components/Badges';
import { notify } from '@/components/notify';
import { errorMessage } from '@/components/States';
import { useOrganization, useUser } from '@/features/directory/api';
import { RequesterPicker } from '@/features/directory/RequesterPicker';
import { useMatrix } from '@/features/priority/api';
import { LEVELS, priorityFor } from '@/lib/priority';
import { rebaseTriage, triageChanges, triageValuesOf, type TriageValues } from '@/lib/triage';
import { ownLatest, useUpdateTicket } from './api';
import { DetailFields } from './DetailFields';
import { TYPES } from './filters';
import { categoryPath } from './TicketSidebar';

/**
 * Reclassify a ticket in place: type, category and its details, impact and urgency (with the
 * priority the matrix gives, live), tags, requester and where they sit. One PATCH carries only
 * what changed, with If-Match for the version the draft began on: the page may refetch the
 * ticket meanwhile (the live stream, the tab shown again), and a draft made on the old values
 * must not then overwrite what someone else changed. The form says so as soon as it sees such a
 * change; saving is a 412, the edit stays on screen and the page offers a reload, which moves the
 * draft onto the fresh version (the agent's changes kept).
 *
 * `ticket` and `etag` are the ticket as the page has it now; `reloads` counts the agent's reloads.
 */
export function TriageForm({
  ticket: latest,
  etag,
  reloads,
  categories,
  onDone,
  onConflict,
  onReload,
}: {
  ticket: TicketOut;
  etag: string | null;
  reloads: number;
  categories: readonly CategoryOut[];
  onDone: () => void;
  onConflict: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  // The version the draft began on: the one the form opened on, then the one the agent reloaded.
  const [base, setBase] = useState(() => ({ ticket: latest, etag, reloads }));
  const [values, setValues] = useState<TriageValues>(() => triageValuesOf(latest));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [stale, setStale] = useState(false);
  if (base.reloads !== reloads) {
    setBase({ ticket: latest, etag, reloads });
    setValues((draft) => rebaseTriage(base.ticket, latest, draft));
    setStale(false);
  }
  // The agent's own changes elsewhere on the page (taking the ticket, its status...) are no
  // conflict; anything else since the draft began is someone else's.
  const basedOn = ownLatest(latest.number, base.etag);
  const changed = etag !== basedOn;
  const ticket = changed ? base.ticket : latest;
  const update = useUpdateTicket(ticket.number, basedOn);
  const matrix = useMatrix().data;
  const current = useUser(ticket.requester.id).data;
  const [chosen, setChosen] = useState<UserOut | null>(null);
  const [picking, setPicking] = useState(false);
  const requester = picking ? null : (chosen ?? current ?? null);
  const organization = useOrganization((chosen ?? current)?.organization_id).data;
  const set = (patch: Partial<TriageValues>) => setValues((v) => ({ ...v, ...patch }));

  const active = categories.filter((c) => c.active || c.id === ticket.category_id);
  const category = categories.find((c) => c.id === values.categoryId);
  const categoryOptions = useMemo(
    () =>
      active
        .map((c) => ({ value: String(c.id), label: categoryPath(categories, c.id) ?? c.name }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [active, categories],
  );
  const computed = priorityFor(matrix, values.impact, values.urgency);

  const pickRequester = (user: UserOut | null) => {
    setPicking(user === null);
    if (!user) return;
    setChosen(user);
    // As the API does: a new requester brings their own department and location.
    const same = user.id === ticket.requester.id;
    set({
      requesterId: user.id,
      departmentId: same ? ticket.department_id : user.department_id,
      locationId: same ? ticket.location_id : user.location_id,
    });
  };

  const save = () => {
    const { body, problems: detailProblems } = triageChanges(ticket, values, category?.fields ?? []);
    const found = Object.fromEntries(Object.entries(detailProblems).map(([k, p]) => [`details.${k}`, t(`details.problem.${p}`)]));
    setProblems(found);
    if (Object.keys(found).length) return;
    if (!Object.keys(body).length) return onDone();
    update.mutate(body, {
      onSuccess: () => {
        setStale(false);
        notify({ color: 'green', message: t('triage.saved') });
        onDone();
      },
      onError: (error) => {
        if (isApiError(error, 412)) {
          setStale(true);
          onConflict();
        } else if (isApiError(error, 422)) setProblems(error.fieldErrors());
      },
    });
  };

  const detailErrors = Object.fromEntries(
    Object.entries(problems).filter(([k]) => k.startsWith('details.')).map(([k, v]) => [k.slice(8), v]),
  );
  const levelControl = (key: 'impact' | 'urgency') => (
    <div>
      <Text size="sm" fw={500} id={`triage-${key}-label`}>{t(`ticket.${key}`)}</Text>
      <SegmentedControl
        aria-labelledby={`triage-${key}-label`}
        value={values[key]}
        onChange={(v) => set({ [key]: v as Level })}
        data={LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))}
        size="xs"
        data-testid={`triage-${key}`}
      />
      {problems[key] && <Text c="red" size="xs">{problems[key]}</Text>}
    </div>
  );

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="triage-title" data-testid="triage-form">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h5" id="triage-title">{t('triage.title')}</Title>
          {(stale || changed) && (
            <Alert color="orange" variant="light" role="alert" data-testid="triage-stale">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{stale ? t('triage.stale') : t('triage.changed')}</Text>
                {/* After a 412 the page's notice has the reload. */}
                {!stale && (
                  <Button size="xs" color="amber" leftSection={<IconRefresh size={14} aria-hidden />} onClick={onReload} data-testid="triage-reload">
                    {t('conflict.reload')}
                  </Button>
                )}
              </Stack>
            </Alert>
          )}
          <RequesterPicker value={requester} onChange={pickRequester} />
          {problems.requester_id && <Text c="red" size="sm">{problems.requester_id}</Text>}
          <Select
            label={t('people.department')}
            data={(organization?.departments ?? []).map((d) => ({ value: String(d.id), label: d.name }))}
            value={values.departmentId === null ? null : String(values.departmentId)}
            onChange={(v) => set({ departmentId: v ? Number(v) : null })}
            disabled={!organization}
            error={problems.department_id}
            clearable
            data-testid="triage-department"
          />
          <Select
            label={t('people.location')}
            data={(organization?.locations ?? []).map((l) => ({ value: String(l.id), label: l.name }))}
            value={values.locationId === null ? null : String(values.locationId)}
            onChange={(v) => set({ locationId: v ? Number(v) : null })}
            disabled={!organization}
            error={problems.location_id}
            clearable
            data-testid="triage-location"
          />
          <Select
            label={t('ticket.type')}
            data={TYPES.map((x) => ({ value: x, label: t(`type.${x}`) }))}
            value={values.type}
            onChange={(v) => v && set({ type: v as TicketType })}
            allowDeselect={false}
            error={problems.type}
            data-testid="triage-type"
          />
          <Select
            label={t('ticket.category')}
            placeholder={t('form.pickCategory')}
            data={categoryOptions}
            value={values.categoryId === null ? null : String(values.categoryId)}
            onChange={(v) => set({ categoryId: v ? Number(v) : null, details: {} })}
            error={problems.category_id ?? problems.details}
            clearable
            searchable
            data-testid="triage-category"
          />
          {category && (
            <DetailFields
              fields={category.fields}
              values={values.details}
              errors={detailErrors}
              onChange={(key, value) => set({ details: { ...values.details, [key]: value } })}
            />
          )}
          <Group align="flex-end" gap="md" wrap="wrap">
            {levelControl('impact')}
            {levelControl('urgency')}
          </Group>
          <Group gap={6} aria-live="polite" data-testid="triage-priority">
            <Text size="sm">{t('form.resultingPriority')}</Text>
            {computed ? <PriorityBadge priority={computed} /> : <Text size="sm" c="dimmed">…</Text>}
            {ticket.priority_overridden && (
              <Text size="xs" c="dimmed">{t('triage.overrideStays', { priority: t(`priority.${ticket.priority}`) })}</Text>
            )}
          </Group>
          <TagsInput
            label={t('ticket.tags')}
            value={values.tags}
            onChange={(tags) => set({ tags })}
            clearable
            maxTags={20}
            error={problems.tags}
            data-testid="triage-tags"
          />
          {update.error && !isApiError(update.error, 412) && (
            <Alert color="red" role="alert">{isApiError(update.error, 422) ? update.error.message : errorMessage(update.error, t)}</Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
            <Button type="submit" loading={update.isPending} data-testid="triage-save">{t('triage.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
