import { Alert, Button, Grid, Group, Paper, SegmentedControl, Select, Stack, Switch, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, Level, Priority, TicketCreate, TicketType, UserOut } from '@/api/generated';
import { isApiError } from '@/api/problem';
import { PriorityBadge } from '@/components/Badges';
import { Markdown } from '@/components/Markdown';
import { errorMessage } from '@/components/States';
import { PendingFileList, usePendingFiles } from '@/features/attachments/PendingFiles';
import { useCategories } from '@/features/directory/api';
import { useMatrix } from '@/features/priority/api';
import { cleanDetails, type DetailInput } from '@/lib/details';
import { clearDraft, loadDraft, saveDraft } from '@/lib/drafts';
import { LEVELS, priorityFor, PRIORITIES } from '@/lib/priority';
import { useCreateTicket, type TicketView } from './api';
import { DetailFields } from './DetailFields';
import { TYPES } from './filters';
import { categoryPath } from './TicketSidebar';

export interface TicketFormValues {
  subject: string;
  description: string;
  type: TicketType;
  categoryId: string | null;
  details: Record<string, DetailInput>;
  impact: Level;
  urgency: Level;
  channel: Channel;
  tags: string[];
  override: boolean;
  priority: Priority;
  priorityReason: string;
}

const EMPTY: TicketFormValues = {
  subject: '',
  description: '',
  type: 'incident',
  categoryId: null,
  details: {},
  impact: 'medium',
  urgency: 'medium',
  channel: 'phone',
  tags: [],
  override: false,
  priority: 'medium',
  priorityReason: '',
};

const STAFF_CHANNELS: Channel[] = ['phone', 'walk_in', 'email', 'web'];

/**
 * A new ticket: a customer's own request, or staff opening one on a caller's behalf (with
 * `requester`). The form is a draft in localStorage, so a reload or an expired sign-in loses none.
 */
export function TicketForm({
  draftKey,
  staff,
  requester,
  requesterPicker,
  aside,
  onCreated,
  onSubjectChange,
  onCategoryChange,
  prefill,
  lockCategory = false,
  createVia,
}: {
  draftKey: string;
  staff: boolean;
  requester?: UserOut | null;
  requesterPicker?: ReactNode;
  aside?: ReactNode;
  onCreated: (ticket: TicketView) => void;
  onSubjectChange?: (subject: string) => void;
  onCategoryChange?: (categoryId: number | null) => void;
  /** Values to start from instead of the saved draft (e.g. from a guide's ticket leaf). */
  prefill?: Partial<TicketFormValues>;
  lockCategory?: boolean;
  /** Another way to create the ticket than POST /tickets (e.g. through the guide followed). */
  createVia?: ReturnType<typeof useCreateTicket>;
}) {
  const { t } = useTranslation();
  const categoryList = useCategories().data;
  const categories = useMemo(() => categoryList ?? [], [categoryList]);
  const matrix = useMatrix().data;
  const ownCreate = useCreateTicket();
  const create = createVia ?? ownCreate;
  const [values, setValues] = useState<TicketFormValues>(() => ({ ...EMPTY, ...(prefill ?? loadDraft<TicketFormValues>(draftKey)?.value ?? {}) }));
  const [problems, setProblems] = useState<Record<string, string | undefined>>({});
  const [preview, setPreview] = useState(false);
  const pending = usePendingFiles();
  // Set once the ticket exists while its files are still going up (or some were refused).
  const [created, setCreated] = useState<TicketView | null>(null);
  const set = (patch: Partial<TicketFormValues>) => setValues((v) => ({ ...v, ...patch }));

  useEffect(() => {
    const touched = JSON.stringify(values) !== JSON.stringify(EMPTY);
    if (touched) saveDraft(draftKey, values);
    else clearDraft(draftKey);
  }, [values, draftKey]);

  useEffect(() => onSubjectChange?.(values.subject), [values.subject, onSubjectChange]);
  useEffect(() => onCategoryChange?.(values.categoryId ? Number(values.categoryId) : null), [values.categoryId, onCategoryChange]);

  const category = categories.find((c) => String(c.id) === values.categoryId);
  const computed = priorityFor(matrix, values.impact, values.urgency);
  const categoryOptions = useMemo(
    () => categories.map((c) => ({ value: String(c.id), label: categoryPath(categories, c.id) ?? c.name })).sort((a, b) => a.label.localeCompare(b.label)),
    [categories],
  );

  const submit = () => {
    if (created) return;
    const found: Record<string, string> = {};
    if (!values.subject.trim()) found.subject = t('form.required');
    if (staff && !requester) found.requester = t('newTicket.pickRequester');
    if (values.override && !values.priorityReason.trim()) found.priorityReason = t('form.required');
    const { details, problems: detailProblems } = cleanDetails(category?.fields ?? [], values.details);
    for (const [key, problem] of Object.entries(detailProblems)) found[`details.${key}`] = t(`details.problem.${problem}`);
    setProblems(found);
    if (Object.keys(found).length) return;
    const body: TicketCreate = {
      subject: values.subject.trim(),
      description: values.description,
      type: values.type,
      category_id: category ? category.id : null,
      details,
      impact: values.impact,
      urgency: values.urgency,
    };
    if (staff && requester) {
      body.requester_id = requester.id;
      body.channel = values.channel;
      if (values.tags.length) body.tags = values.tags;
      if (values.override) {
        body.priority = values.priority;
        body.priority_reason = values.priorityReason.trim();
      }
    }
    const draft = loadDraft<TicketFormValues>(draftKey) ?? saveDraft(draftKey, values);
    create.mutate(
      { body, idempotencyKey: draft.idempotencyKey },
      {
        onSuccess: async (ticket) => {
          clearDraft(draftKey);
          if (!pending.files.length) return onCreated(ticket);
          setCreated(ticket);
          if (await pending.uploadAll(ticket.number)) onCreated(ticket);
        },
        onError: (error) => {
          if (isApiError(error, 422)) setProblems(error.fieldErrors());
        },
      },
    );
  };

  const detailErrors = Object.fromEntries(
    Object.entries(problems).filter(([k]) => k.startsWith('details.')).map(([k, v]) => [k.slice(8), v]),
  );

  return (
    <Grid gutter="md">
      <Grid.Col span={{ base: 12, md: aside ? 8 : 12 }}>
        <Paper withBorder p="md" radius="md">
          <form
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
            noValidate
          >
            <Stack>
              {requesterPicker}
              {problems.requester && <Text c="red" size="sm" role="alert">{problems.requester}</Text>}
              {staff && (
                <Select
                  label={t('ticket.channel')}
                  data={STAFF_CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
                  value={values.channel}
                  onChange={(v) => v && set({ channel: v as Channel })}
                  allowDeselect={false}
                  maw={260}
                />
              )}
              <TextInput
                label={t('ticket.subject')}
                value={values.subject}
                onChange={(e) => set({ subject: e.currentTarget.value })}
                error={problems.subject}
                required
                maxLength={200}
                data-testid="subject"
              />
              <div>
                <Group justify="space-between" mb={4}>
                  <Text size="sm" fw={500} component="label" htmlFor="ticket-description">{t('ticket.description')}</Text>
                  <Switch size="xs" label={t('composer.preview')} checked={preview} onChange={(e) => setPreview(e.currentTarget.checked)} />
                </Group>
                {preview ? (
                  <Paper withBorder p="sm" mih={120}>{values.description.trim() ? <Markdown source={values.description} /> : <Text c="dimmed" size="sm">{t('composer.nothingToPreview')}</Text>}</Paper>
                ) : (
                  <Textarea
                    id="ticket-description"
                    value={values.description}
                    onChange={(e) => set({ description: e.currentTarget.value })}
                    autosize
                    minRows={5}
                    description={t('form.markdownHint')}
                    error={problems.description}
                    data-testid="description"
                  />
                )}
              </div>
              <PendingFileList
                files={pending.files}
                onAdd={pending.add}
                onRemove={pending.remove}
                locked={created !== null}
                onRetry={created ? () => void pending.uploadAll(created.number).then((ok) => ok && onCreated(created)) : undefined}
              />
              <Group grow align="flex-start" wrap="wrap">
                <Select
                  label={t('ticket.type')}
                  data={TYPES.map((x) => ({ value: x, label: t(`type.${x}`) }))}
                  value={values.type}
                  onChange={(v) => v && set({ type: v as TicketType })}
                  allowDeselect={false}
                />
                <Select
                  label={t('ticket.category')}
                  placeholder={t('form.pickCategory')}
                  data={categoryOptions}
                  value={values.categoryId}
                  onChange={(v) => set({ categoryId: v, details: {} })}
                  error={problems.category_id}
                  clearable={!lockCategory}
                  disabled={lockCategory}
                  searchable
                  data-testid="category"
                />
              </Group>
              {category && (
                <DetailFields
                  fields={category.fields}
                  values={values.details}
                  errors={detailErrors}
                  onChange={(key, value) => set({ details: { ...values.details, [key]: value } })}
                />
              )}
              <Group align="flex-end" gap="lg" wrap="wrap">
                <div>
                  <Text size="sm" fw={500} id="impact-label">{staff ? t('ticket.impact') : t('form.impactCustomer')}</Text>
                  <SegmentedControl
                    aria-labelledby="impact-label"
                    value={values.impact}
                    onChange={(v) => set({ impact: v as Level })}
                    data={LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))}
                    data-testid="impact"
                  />
                </div>
                <div>
                  <Text size="sm" fw={500} id="urgency-label">{staff ? t('ticket.urgency') : t('form.urgencyCustomer')}</Text>
                  <SegmentedControl
                    aria-labelledby="urgency-label"
                    value={values.urgency}
                    onChange={(v) => set({ urgency: v as Level })}
                    data={LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))}
                    data-testid="urgency"
                  />
                </div>
                <Group gap={6} pb={6} aria-live="polite" data-testid="priority-preview">
                  <Text size="sm">{t('form.resultingPriority')}</Text>
                  {computed ? <PriorityBadge priority={values.override ? values.priority : computed} size="lg" /> : <Text size="sm" c="dimmed">…</Text>}
                </Group>
              </Group>
              {staff && (
                <>
                  <Switch label={t('form.override')} checked={values.override} onChange={(e) => set({ override: e.currentTarget.checked, priority: computed ?? values.priority })} />
                  {values.override && (
                    <Group grow align="flex-start" wrap="wrap">
                      <Select
                        label={t('ticket.priority')}
                        data={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
                        value={values.priority}
                        onChange={(v) => v && set({ priority: v as Priority })}
                        allowDeselect={false}
                      />
                      <TextInput
                        label={t('priorityDialog.reason')}
                        value={values.priorityReason}
                        onChange={(e) => set({ priorityReason: e.currentTarget.value })}
                        error={problems.priorityReason ?? problems.priority_reason}
                        required
                      />
                    </Group>
                  )}
                  <TagsInput
                    label={t('ticket.tags')}
                    value={values.tags}
                    onChange={(tags) => set({ tags })}
                    clearable
                    maxTags={20}
                    error={problems.tags}
                  />
                </>
              )}
              {created && pending.files.some((f) => f.state === 'failed') && (
                <Alert color="orange" role="alert" data-testid="files-refused">
                  <Group justify="space-between" gap="sm">
                    <Text size="sm">{t('triage.files.someRefused', { reference: created.reference })}</Text>
                    <Button size="xs" variant="white" onClick={() => onCreated(created)} data-testid="open-created">{t('triage.files.openTicket')}</Button>
                  </Group>
                </Alert>
              )}
              {create.error && !isApiError(create.error, 422) && <Alert color="red" role="alert">{errorMessage(create.error, t)}</Alert>}
              {create.error && isApiError(create.error, 422) && <Alert color="red" role="alert">{create.error.message}</Alert>}
              <Group justify="flex-end">
                <Button
                  variant="default"
                  onClick={() => {
                    setValues(EMPTY);
                    setProblems({});
                  }}
                >
                  {t('form.reset')}
                </Button>
                <Button type="submit" loading={create.isPending || pending.files.some((f) => f.state === 'uploading')} disabled={created !== null} leftSection={<IconSend size={16} aria-hidden />} data-testid="create-ticket">
                  {staff ? t('newTicket.submit') : t('portal.newRequest.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      </Grid.Col>
      {aside && <Grid.Col span={{ base: 12, md: 4 }}>{aside}</Grid.Col>}
    </Grid>
  );
}
