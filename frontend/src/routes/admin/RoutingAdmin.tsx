import { ActionIcon, Alert, Badge, Button, Card, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Switch, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, Priority, RuleActions, RuleConditions, RuleOut, TicketType } from '@/api/generated';
import { isApiError } from '@/api/problem';
import { notify } from '@/components/notify';
import { Empty, ErrorState, errorMessage, Loading } from '@/components/States';
import { useCategories, useOrganizations, useStaff, useTeams } from '@/features/directory/api';
import { useCreateRule, useDeleteRule, useReorderRules, useRoutingRules, useUpdateRule } from '@/features/routing/api';
import { categoryPath } from '@/features/tickets/TicketSidebar';
import { AssignmentSettings } from './AssignmentSettings';

const CHANNELS: Channel[] = ['web', 'email', 'phone', 'walk_in', 'api'];
const TYPES: TicketType[] = ['incident', 'service_request', 'question', 'problem'];
const PRIORITIES: Priority[] = ['critical', 'high', 'medium', 'low'];

/** Routing rules in the order they are tried, then each team's strategy and the skills. */
export default function RoutingAdmin() {
  const { t } = useTranslation();
  const rules = useRoutingRules();
  const reorder = useReorderRules();
  const update = useUpdateRule();
  const remove = useDeleteRule();
  const [editing, setEditing] = useState<RuleOut | 'new' | null>(null);
  const list = rules.data ?? [];
  const failed = (error: unknown) => notify({ color: 'red', message: errorMessage(error, t) });
  const move = (index: number, by: number) => {
    const ids = list.map((r) => r.id);
    [ids[index], ids[index + by]] = [ids[index + by], ids[index]];
    reorder.mutate(ids, { onError: failed });
  };
  return (
    <Stack gap="xl">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h3">{t('routing.rules')}</Title>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>{t('routing.addRule')}</Button>
        </Group>
        <Text size="sm" c="dimmed">{t('routing.firstMatchWins')}</Text>
        {rules.isPending ? <Loading /> : rules.isError ? <ErrorState error={rules.error} /> : list.length === 0 ? <Empty title={t('routing.noRules')} /> : (
          <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('routing.rules')}>
            {list.map((rule, index) => (
              <Card key={rule.id} component="li" withBorder radius="md" padding="sm" data-testid="routing-rule-row">
                <Group justify="space-between" wrap="nowrap">
                  <Group gap="xs">
                    <Badge variant="light" color="gray">{index + 1}</Badge>
                    <Text fw={600}>{rule.name}</Text>
                    {!rule.enabled && <Badge color="gray" variant="outline">{t('routing.disabled')}</Badge>}
                  </Group>
                  <Group gap={4} wrap="nowrap">
                    <Switch size="sm" checked={rule.enabled} aria-label={t('routing.enableNamed', { name: rule.name })} onChange={(e) => update.mutate({ id: rule.id, body: { enabled: e.currentTarget.checked } }, { onError: failed })} />
                    <ActionIcon variant="subtle" disabled={index === 0} onClick={() => move(index, -1)} aria-label={t('routing.moveUp', { name: rule.name })}><IconArrowUp size={16} aria-hidden /></ActionIcon>
                    <ActionIcon variant="subtle" disabled={index === list.length - 1} onClick={() => move(index, 1)} aria-label={t('routing.moveDown', { name: rule.name })}><IconArrowDown size={16} aria-hidden /></ActionIcon>
                    <Button size="xs" variant="subtle" onClick={() => setEditing(rule)} aria-label={t('admin.editNamed', { name: rule.name })}>{t('common.edit')}</Button>
                    <ActionIcon variant="subtle" color="red" onClick={() => remove.mutate(rule.id, { onError: failed })} aria-label={t('routing.deleteNamed', { name: rule.name })}><IconTrash size={16} aria-hidden /></ActionIcon>
                  </Group>
                </Group>
                <RuleSummary rule={rule} />
              </Card>
            ))}
          </Stack>
        )}
      </Stack>
      <AssignmentSettings />
      {editing && <RuleModal rule={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function RuleSummary({ rule }: { rule: RuleOut }) {
  const { t } = useTranslation();
  const teams = useTeams().data ?? [];
  const staff = useStaff().data;
  const a = rule.actions;
  const parts = [
    a.team_id != null && t('routing.summary.team', { team: teams.find((x) => x.id === a.team_id)?.name ?? `#${a.team_id}` }),
    a.assignee_id != null && t('routing.summary.agent', { agent: staff?.get(a.assignee_id)?.name ?? `#${a.assignee_id}` }),
    a.priority && t('routing.summary.priority', { priority: t(`priority.${a.priority}`) }),
    a.tags?.length && t('routing.summary.tags', { tags: a.tags.join(', ') }),
  ].filter(Boolean);
  return <Text size="sm" c="dimmed" mt={4}>{parts.join(' · ')}</Text>;
}

const ids = (values: string[]) => values.map(Number);
const strings = (values: number[] | undefined) => (values ?? []).map(String);

function RuleModal({ rule, onClose }: { rule: RuleOut | null; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateRule();
  const update = useUpdateRule();
  const teams = useTeams().data ?? [];
  const staff = useStaff().data;
  const categories = useCategories().data ?? [];
  const organizations = useOrganizations().data ?? [];
  const [name, setName] = useState(rule?.name ?? '');
  const [conditions, setConditions] = useState<RuleConditions>(rule?.conditions ?? {});
  const [actions, setActions] = useState<RuleActions>(rule?.actions ?? {});
  const mutation = rule ? update : create;
  const errors = isApiError(mutation.error, 422) ? mutation.error.fieldErrors() : {};
  const when = (patch: Partial<RuleConditions>) => setConditions({ ...conditions, ...patch });
  const then = (patch: Partial<RuleActions>) => setActions({ ...actions, ...patch });
  const team = teams.find((x) => x.id === actions.team_id);
  const save = () => {
    const done = () => { notify({ color: 'green', message: t('admin.saved') }); onClose(); };
    if (rule) update.mutate({ id: rule.id, body: { name, conditions, actions } }, { onSuccess: done });
    else create.mutate({ name, conditions, actions }, { onSuccess: done });
  };
  const known = new Set(Object.keys(errors).filter((f) => f === 'name' || f === 'actions' || f.startsWith('conditions.') || f.startsWith('actions.')));
  const other = Object.entries(errors).filter(([f]) => !known.has(f));
  const fieldError = (field: string) => Object.entries(errors).find(([f]) => f === field || f.startsWith(`${field}.`))?.[1];
  return (
    <Modal opened onClose={onClose} title={rule ? t('routing.editRule') : t('routing.addRule')} size="xl">
      <Stack>
        <TextInput label={t('routing.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} required data-autofocus />
        <Text fw={600}>{t('routing.when')}</Text>
        <Text size="sm" c="dimmed">{t('routing.whenHelp')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MultiSelect label={t('routing.channels')} data={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} value={conditions.channels ?? []} onChange={(v) => when({ channels: v as Channel[] })} error={fieldError('conditions.channels')} />
          <MultiSelect label={t('routing.types')} data={TYPES.map((c) => ({ value: c, label: t(`type.${c}`) }))} value={conditions.types ?? []} onChange={(v) => when({ types: v as TicketType[] })} error={fieldError('conditions.types')} />
          <MultiSelect label={t('routing.categories')} data={categories.map((c) => ({ value: String(c.id), label: categoryPath(categories, c.id) ?? c.name }))} value={strings(conditions.category_ids)} onChange={(v) => when({ category_ids: ids(v) })} error={fieldError('conditions.category_ids')} searchable />
          <MultiSelect label={t('routing.organizations')} data={organizations.map((o) => ({ value: String(o.id), label: o.name }))} value={strings(conditions.organization_ids)} onChange={(v) => when({ organization_ids: ids(v) })} error={fieldError('conditions.organization_ids')} searchable />
          <MultiSelect label={t('routing.priorities')} data={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))} value={conditions.priorities ?? []} onChange={(v) => when({ priorities: v as Priority[] })} error={fieldError('conditions.priorities')} />
          <TagsInput label={t('routing.words')} description={t('routing.wordsHelp')} value={conditions.words ?? []} onChange={(words) => when({ words })} error={fieldError('conditions.words')} />
          <TagsInput label={t('routing.tags')} value={conditions.tags ?? []} onChange={(tags) => when({ tags })} error={fieldError('conditions.tags')} />
        </SimpleGrid>
        <Text fw={600}>{t('routing.then')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t('routing.team')} data={teams.map((x) => ({ value: String(x.id), label: x.name }))} value={actions.team_id != null ? String(actions.team_id) : null} onChange={(v) => then({ team_id: v ? Number(v) : null, assignee_id: null })} error={fieldError('actions.team_id')} clearable />
          <Select label={t('routing.agent')} description={t('routing.agentHelp')} data={(team?.member_ids ?? []).map((id) => ({ value: String(id), label: staff?.get(id)?.name ?? `#${id}` }))} value={actions.assignee_id != null ? String(actions.assignee_id) : null} onChange={(v) => then({ assignee_id: v ? Number(v) : null })} error={fieldError('actions.assignee_id')} clearable disabled={!team} />
          <Select label={t('routing.priority')} data={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))} value={actions.priority ?? null} onChange={(v) => then({ priority: (v as Priority | null) ?? null })} error={fieldError('actions.priority')} clearable />
          <TagsInput label={t('routing.addTags')} value={actions.tags ?? []} onChange={(tags) => then({ tags })} error={fieldError('actions.tags')} />
        </SimpleGrid>
        {errors.actions && <Alert color="red" role="alert" data-testid="actions-error">{t('routing.actionsError', { message: errors.actions })}</Alert>}
        {mutation.error && (!isApiError(mutation.error, 422) || other.length > 0) && <Alert color="red" role="alert">{errorMessage(mutation.error, t)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={save} loading={mutation.isPending} disabled={!name.trim()}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
