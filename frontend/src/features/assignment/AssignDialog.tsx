import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { notify } from '@/components/notify';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketOut } from '@/api/generated';
import { errorMessage } from '@/components/States';
import { useStaff, useTeams } from '@/features/directory/api';
import { useAssign, useEscalate } from './api';

/** Assign to a team and one of its agents, or escalate (hand to another team with a reason). */
export function AssignDialog({
  ticket,
  mode,
  opened,
  onClose,
}: {
  ticket: TicketOut;
  mode: 'assign' | 'escalate';
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const teams = useTeams().data ?? [];
  const staff = useStaff().data;
  const assign = useAssign(ticket.number);
  const escalate = useEscalate(ticket.number);
  const [teamId, setTeamId] = useState<string | null>(
    mode === 'assign' && ticket.team_id !== null ? String(ticket.team_id) : null,
  );
  const [agentId, setAgentId] = useState<string | null>(
    mode === 'assign' && ticket.assignee_id !== null ? String(ticket.assignee_id) : null,
  );
  const [reason, setReason] = useState('');
  const team = teams.find((x) => String(x.id) === teamId);
  const agents = (team?.member_ids ?? [])
    .map((id) => staff?.get(id))
    .filter((u) => u !== undefined && u.active)
    .map((u) => ({ value: String(u!.id), label: u!.name }));
  const teamOptions = teams
    .filter((x) => mode === 'assign' || x.id !== ticket.team_id)
    .map((x) => ({ value: String(x.id), label: t('assign.teamOption', { name: x.name, tier: x.tier }) }));
  const pending = assign.isPending || escalate.isPending;
  const error = assign.error ?? escalate.error;

  const submit = () => {
    if (!teamId) return;
    const done = () => {
      notify({ color: 'green', message: mode === 'assign' ? t('assign.done') : t('escalate.done') });
      onClose();
    };
    if (mode === 'assign') {
      assign.mutate({ teamId: Number(teamId), agentId: agentId ? Number(agentId) : null }, { onSuccess: done });
    } else {
      escalate.mutate({ teamId: Number(teamId), agentId: agentId ? Number(agentId) : null, reason: reason.trim() }, { onSuccess: done });
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={mode === 'assign' ? t('assign.title') : t('escalate.title')}>
      <Stack>
        {mode === 'escalate' && <Text size="sm" c="dimmed">{t('escalate.help')}</Text>}
        <Select
          label={t('assign.team')}
          data={teamOptions}
          value={teamId}
          onChange={(v) => {
            setTeamId(v);
            setAgentId(null);
          }}
          required
          searchable
          data-autofocus
        />
        <Select
          label={t('assign.agent')}
          placeholder={t('assign.anyAgent')}
          data={agents}
          value={agentId}
          onChange={setAgentId}
          clearable
          searchable
          disabled={!teamId}
        />
        {mode === 'escalate' && (
          <Textarea
            label={t('escalate.reason')}
            description={t('escalate.reasonHelp')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            required
            autosize
            minRows={3}
          />
        )}
        {error && <Text c="red" size="sm" role="alert">{errorMessage(error, t)}</Text>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={submit} loading={pending} disabled={!teamId || (mode === 'escalate' && !reason.trim())}>
            {mode === 'assign' ? t('assign.submit') : t('escalate.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
