import { Alert, Badge, Button, Card, CloseButton, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notify } from '@/components/notify';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamOut } from '@/api/generated';
import { isApiError } from '@/api/problem';
import { Empty, ErrorState, errorMessage, Loading } from '@/components/States';
import { useCreateTeam, useStaff, useTeamMember, useTeams, useUpdateTeam } from '@/features/directory/api';

export function TeamsAdmin() {
  const { t } = useTranslation();
  const teams = useTeams();
  const staff = useStaff().data;
  const member = useTeamMember();
  const [editing, setEditing] = useState<TeamOut | 'new' | null>(null);
  const [adding, setAdding] = useState<Record<number, string | null>>({});
  const list = [...(teams.data ?? [])].sort((a, b) => a.tier - b.tier || a.name.localeCompare(b.name));
  const change = (teamId: number, userId: number, isMember: boolean) =>
    member.mutate({ teamId, userId, member: isMember }, { onError: (e) => notify({ color: 'red', message: errorMessage(e, t) }) });
  return (
    <Stack>
      <Group justify="flex-end">
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>{t('admin.teams.add')}</Button>
      </Group>
      {teams.isPending ? <Loading /> : teams.isError ? <ErrorState error={teams.error} /> : list.length === 0 ? <Empty title={t('admin.nothing')} /> : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {list.map((team) => {
            const candidates = [...(staff?.values() ?? [])].filter((u) => u.active && !team.member_ids.includes(u.id));
            return (
              <Card key={team.id} withBorder radius="md">
                <Group justify="space-between" mb={4}>
                  <Group gap="xs"><Text fw={600}>{team.name}</Text><Badge variant="light">{t('admin.teams.tier', { tier: team.tier })}</Badge></Group>
                  <Button size="xs" variant="subtle" onClick={() => setEditing(team)} aria-label={t('admin.editNamed', { name: team.name })}>{t('common.edit')}</Button>
                </Group>
                {team.description && <Text size="sm" c="dimmed" mb="xs">{team.description}</Text>}
                <Text size="sm" mb="xs">
                  {t('escalation.teams.supervisor')}: {team.supervisor_id !== null ? staff?.get(team.supervisor_id)?.name ?? `#${team.supervisor_id}` : t('escalation.teams.noSupervisor')}
                </Text>
                <Text size="sm" fw={600} mb={4}>{t('admin.teams.members')}</Text>
                <Group gap={6} mb="sm">
                  {team.member_ids.length === 0 && <Text size="sm" c="dimmed">{t('admin.teams.noMembers')}</Text>}
                  {team.member_ids.map((id) => (
                    <Badge key={id} variant="outline" tt="none" pr={3} rightSection={<CloseButton size="xs" aria-label={t('admin.teams.remove', { name: staff?.get(id)?.name ?? id })} onClick={() => change(team.id, id, false)} />}>
                      {staff?.get(id)?.name ?? `#${id}`}
                    </Badge>
                  ))}
                </Group>
                <Group gap="xs" align="flex-end">
                  <Select
                    aria-label={t('admin.teams.addMember')}
                    placeholder={t('admin.teams.addMember')}
                    data={candidates.map((u) => ({ value: String(u.id), label: `${u.name} (${t(`role.${u.role}`)})` }))}
                    value={adding[team.id] ?? null}
                    onChange={(v) => setAdding({ ...adding, [team.id]: v })}
                    searchable
                    style={{ flex: 1 }}
                    size="xs"
                  />
                  <Button size="xs" variant="default" disabled={!adding[team.id]} onClick={() => { change(team.id, Number(adding[team.id]), true); setAdding({ ...adding, [team.id]: null }); }}>{t('common.add')}</Button>
                </Group>
              </Card>
            );
          })}
        </SimpleGrid>
      )}
      {editing && <TeamModal team={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function TeamModal({ team, onClose }: { team: TeamOut | null; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateTeam();
  const update = useUpdateTeam();
  const [name, setName] = useState(team?.name ?? '');
  const [tier, setTier] = useState<number>(team?.tier ?? 1);
  const [description, setDescription] = useState(team?.description ?? '');
  const [supervisorId, setSupervisorId] = useState<string | null>(team?.supervisor_id != null ? String(team.supervisor_id) : null);
  const staff = useStaff().data;
  const supervisors = [...(staff?.values() ?? [])].filter((u) => u.active && (u.role === 'supervisor' || u.role === 'admin'));
  const mutation = team ? update : create;
  const errors = isApiError(mutation.error, 422) ? mutation.error.fieldErrors() : {};
  const save = () => {
    const done = () => { notify({ color: 'green', message: t('admin.saved') }); onClose(); };
    const body = { name, tier, description: description || null, supervisor_id: supervisorId ? Number(supervisorId) : null };
    if (team) update.mutate({ id: team.id, body }, { onSuccess: done });
    else create.mutate(body, { onSuccess: done });
  };
  return (
    <Modal opened onClose={onClose} title={team ? t('admin.teams.edit') : t('admin.teams.add')}>
      <Stack>
        <TextInput label={t('people.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required error={errors.name} data-autofocus />
        <NumberInput label={t('admin.teams.tierLabel')} description={t('admin.teams.tierHelp')} value={tier} onChange={(v) => setTier(Number(v) || 1)} min={1} max={5} allowDecimal={false} />
        <Textarea label={t('admin.teams.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={2} />
        <Select
          label={t('escalation.teams.supervisor')}
          description={t('escalation.teams.supervisorHelp')}
          placeholder={t('escalation.teams.noSupervisor')}
          data={supervisors.map((u) => ({ value: String(u.id), label: `${u.name} (${t(`role.${u.role}`)})` }))}
          value={supervisorId}
          onChange={setSupervisorId}
          clearable
          searchable
          error={errors.supervisor_id}
        />
        {mutation.error && !errors.supervisor_id && <Alert color="red" role="alert">{errorMessage(mutation.error, t)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={save} loading={mutation.isPending} disabled={!name.trim()}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
