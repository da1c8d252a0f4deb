import { ActionIcon, Alert, Badge, Button, Card, Checkbox, Group, Modal, MultiSelect, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, EscalationRuleOut, Metric, Priority, Trigger } from '@/api/generated';
import { isApiError } from '@/api/problem';
import { Empty, ErrorState, errorMessage, Loading } from '@/components/States';
import { notify } from '@/components/notify';
import { useMe } from '@/features/auth/api';
import { useCategories, useTeams } from '@/features/directory/api';
import { useCreateRule, useDeleteRule, useEscalationRules, useReorderRules, useUpdateRule } from '@/features/escalation/api';

const TRIGGERS: Trigger[] = ['sla_warning', 'sla_breach', 'bad_rating'];
const METRICS: Metric[] = ['first_reply', 'next_reply', 'periodic_update', 'resolution'];
const PRIORITIES: Priority[] = ['critical', 'high', 'medium', 'low'];
const ACTIONS: Action[] = ['reopen_ticket', 'notify_assignee', 'notify_supervisor', 'raise_priority', 'reassign_next_tier'];

/** Escalation rules, for supervisors and administrators: what an SLA warning or breach sets off. */
export default function EscalationRulesPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const rules = useEscalationRules();
  const teams = useTeams().data ?? [];
  const reorder = useReorderRules();
  const update = useUpdateRule();
  const remove = useDeleteRule();
  const [editing, setEditing] = useState<EscalationRuleOut | 'new' | null>(null);
  useEffect(() => {
    document.title = `${t('escalation.rules.title')} · Sportello`;
  }, [t]);
  if (!me) return <Loading />;
  if (me.role !== 'admin' && me.role !== 'supervisor') return <ErrorState error={new Error('forbidden')} />;
  const list = rules.data ?? [];
  const failed = (e: unknown) => notify({ color: 'red', message: errorMessage(e, t) });
  const move = (index: number, by: number) => {
    const ids = list.map((r) => r.id);
    [ids[index], ids[index + by]] = [ids[index + by], ids[index]];
    reorder.mutate(ids, { onError: failed });
  };
  const teamName = (id: number | null) => teams.find((x) => x.id === id)?.name ?? `#${id}`;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">{t('escalation.rules.title')}</Title>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>{t('escalation.rules.add')}</Button>
      </Group>
      <Text c="dimmed" size="sm">{t('escalation.rules.intro')}</Text>
      {rules.isPending ? <Loading /> : rules.isError ? <ErrorState error={rules.error} /> : list.length === 0 ? <Empty title={t('escalation.rules.none')} /> : (
        <Stack component="ol" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {list.map((rule, index) => (
            <Card key={rule.id} component="li" withBorder radius="md">
              <Group justify="space-between" wrap="nowrap">
                <Stack gap={4}>
                  <Group gap="xs">
                    <Text fw={600}>{index + 1}. {rule.name}</Text>
                    <Badge variant="light" color={rule.trigger === 'sla_breach' ? 'red' : 'yellow'}>{t(`escalation.trigger.${rule.trigger}`)}</Badge>
                    {!rule.active && <Badge variant="outline" color="gray">{t('escalation.rules.inactive')}</Badge>}
                  </Group>
                  <Text size="sm">
                    {[
                      rule.metrics.length ? rule.metrics.map((m) => t(`escalation.metric.${m}`)).join(', ') : t('escalation.rules.anyMetric'),
                      rule.priorities.length ? rule.priorities.map((p) => t(`priority.${p}`)).join(', ') : t('escalation.rules.anyPriority'),
                      rule.team_id !== null ? teamName(rule.team_id) : t('escalation.rules.anyTeam'),
                    ].join(' · ')}
                  </Text>
                  <Text size="sm" c="dimmed">{rule.actions.map((a) => t(`escalation.action.${a}`)).join(', ')}</Text>
                </Stack>
                <Group gap={4} wrap="nowrap">
                  <Switch
                    checked={rule.active}
                    onChange={(e) => update.mutate({ id: rule.id, body: { active: e.currentTarget.checked } }, { onError: failed })}
                    aria-label={t('escalation.rules.activeNamed', { name: rule.name })}
                  />
                  <ActionIcon variant="subtle" disabled={index === 0} onClick={() => move(index, -1)} aria-label={t('escalation.rules.up', { name: rule.name })}><IconArrowUp size={16} aria-hidden /></ActionIcon>
                  <ActionIcon variant="subtle" disabled={index === list.length - 1} onClick={() => move(index, 1)} aria-label={t('escalation.rules.down', { name: rule.name })}><IconArrowDown size={16} aria-hidden /></ActionIcon>
                  <Button size="xs" variant="subtle" onClick={() => setEditing(rule)} aria-label={t('admin.editNamed', { name: rule.name })}>{t('common.edit')}</Button>
                  <ActionIcon variant="subtle" color="red" onClick={() => remove.mutate(rule.id, { onError: failed })} aria-label={t('escalation.rules.delete', { name: rule.name })}><IconTrash size={16} aria-hidden /></ActionIcon>
                </Group>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      {editing && <RuleModal rule={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function RuleModal({ rule, onClose }: { rule: EscalationRuleOut | null; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateRule();
  const update = useUpdateRule();
  const teams = useTeams().data ?? [];
  const categories = useCategories().data ?? [];
  const [name, setName] = useState(rule?.name ?? '');
  const [trigger, setTrigger] = useState<Trigger>(rule?.trigger ?? 'sla_breach');
  const [metrics, setMetrics] = useState<string[]>(rule?.metrics ?? []);
  const [priorities, setPriorities] = useState<string[]>(rule?.priorities ?? []);
  const [teamId, setTeamId] = useState<string | null>(rule?.team_id != null ? String(rule.team_id) : null);
  const [categoryId, setCategoryId] = useState<string | null>(rule?.category_id != null ? String(rule.category_id) : null);
  const [actions, setActions] = useState<string[]>(rule?.actions ?? []);
  const mutation = rule ? update : create;
  const fieldErrors = isApiError(mutation.error, 422) ? mutation.error.fieldErrors() : {};
  // A list item's error ("metrics.0") belongs next to the list.
  const errorOf = (field: string) => fieldErrors[field] ?? Object.entries(fieldErrors).find(([k]) => k.startsWith(`${field}.`))?.[1];
  const nameTaken = isApiError(mutation.error, 409) ? errorMessage(mutation.error, t) : undefined;
  const named = new Set(['name', 'trigger', 'metrics', 'priorities', 'team_id', 'category_id', 'actions']);
  const otherError = mutation.error && !nameTaken && !Object.keys(fieldErrors).some((k) => named.has(k.split('.')[0]));
  const save = () => {
    const done = () => { notify({ color: 'green', message: t('admin.saved') }); onClose(); };
    const body = {
      name,
      trigger,
      metrics: metrics as Metric[],
      priorities: priorities as Priority[],
      team_id: teamId ? Number(teamId) : null,
      category_id: categoryId ? Number(categoryId) : null,
      actions: actions as Action[],
    };
    if (rule) update.mutate({ id: rule.id, body }, { onSuccess: done });
    else create.mutate(body, { onSuccess: done });
  };
  return (
    <Modal opened onClose={onClose} title={rule ? t('escalation.rules.edit') : t('escalation.rules.add')} size="lg">
      <Stack>
        <TextInput label={t('escalation.rules.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required error={errorOf('name') ?? nameTaken} data-autofocus />
        <Select
          label={t('escalation.rules.trigger')}
          data={TRIGGERS.map((x) => ({ value: x, label: t(`escalation.trigger.${x}`) }))}
          value={trigger}
          onChange={(v) => {
            if (!v) return;
            setTrigger(v as Trigger);
            // A rating names no SLA metric, and only a rating reopens the ticket.
            if (v === 'bad_rating') setMetrics([]);
            else setActions((now) => now.filter((a) => a !== 'reopen_ticket'));
          }}
          allowDeselect={false}
          error={errorOf('trigger')}
        />
        {trigger !== 'bad_rating' && <MultiSelect
          label={t('escalation.rules.metrics')}
          description={t('escalation.rules.emptyMeansAny')}
          data={METRICS.map((x) => ({ value: x, label: t(`escalation.metric.${x}`) }))}
          value={metrics}
          onChange={setMetrics}
          error={errorOf('metrics')}
        />}
        <MultiSelect
          label={t('escalation.rules.priorities')}
          description={t('escalation.rules.emptyMeansAny')}
          data={PRIORITIES.map((x) => ({ value: x, label: t(`priority.${x}`) }))}
          value={priorities}
          onChange={setPriorities}
          error={errorOf('priorities')}
        />
        <Select
          label={t('escalation.rules.team')}
          placeholder={t('escalation.rules.anyTeam')}
          data={teams.map((x) => ({ value: String(x.id), label: x.name }))}
          value={teamId}
          onChange={setTeamId}
          clearable
          error={errorOf('team_id')}
        />
        <Select
          label={t('escalation.rules.category')}
          placeholder={t('escalation.rules.anyCategory')}
          data={categories.map((x) => ({ value: String(x.id), label: x.name }))}
          value={categoryId}
          onChange={setCategoryId}
          clearable
          searchable
          error={errorOf('category_id')}
        />
        <Checkbox.Group label={t('escalation.rules.actions')} description={t('escalation.rules.actionsHelp')} value={actions} onChange={setActions} error={errorOf('actions')} required>
          <Stack gap={6} mt={6}>
            {ACTIONS.filter((a) => a !== 'reopen_ticket' || trigger === 'bad_rating').map((a) => <Checkbox key={a} value={a} label={t(`escalation.action.${a}`)} />)}
          </Stack>
        </Checkbox.Group>
        {otherError && <Alert color="red" role="alert">{errorMessage(mutation.error, t)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={save} loading={mutation.isPending}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
