import { Button, Group, Select, Stack, Switch, Table, TagsInput, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgentProfileOut, CategoryOut, CategoryRoutingOut, Strategy, TeamOut } from '@/api/generated';
import { isApiError } from '@/api/problem';
import { notify } from '@/components/notify';
import { ErrorState, errorMessage, Loading } from '@/components/States';
import { useCategories, useTeams, useUpdateTeam } from '@/features/directory/api';
import { useAgentProfiles, useCategoryRouting, useSetCategoryRouting, useUpdateAgentProfile } from '@/features/routing/api';
import { categoryPath } from '@/features/tickets/TicketSidebar';

const STRATEGIES: Strategy[] = ['manual', 'round_robin', 'least_load', 'skills'];

/** How each team hands out its tickets, what each category needs, and who knows what. */
export function AssignmentSettings() {
  const { t } = useTranslation();
  const teams = useTeams();
  const categories = useCategories();
  const settings = useCategoryRouting();
  const profiles = useAgentProfiles();
  const update = useUpdateTeam();
  const teamList = teams.data ?? [];
  const setStrategy = (team: TeamOut, strategy: Strategy) =>
    update.mutate({ id: team.id, body: { assignment_strategy: strategy } }, {
      onSuccess: () => notify({ color: 'green', message: t('admin.saved') }),
      onError: (error) => notify({ color: 'red', message: errorMessage(error, t) }),
    });
  return (
    <>
      <Stack>
        <Title order={2} size="h3">{t('routing.strategies')}</Title>
        <Text size="sm" c="dimmed">{t('routing.strategiesHelp')}</Text>
        {teams.isPending ? <Loading /> : teams.isError ? <ErrorState error={teams.error} /> : (
          <Table.ScrollContainer minWidth={420}>
            <Table>
              <Table.Thead><Table.Tr><Table.Th>{t('routing.team')}</Table.Th><Table.Th>{t('routing.strategy')}</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {teamList.map((team) => (
                  <Table.Tr key={team.id}>
                    <Table.Td>{team.name}</Table.Td>
                    <Table.Td>
                      <Select aria-label={t('routing.strategyOf', { team: team.name })} size="xs" allowDeselect={false} data={STRATEGIES.map((s) => ({ value: s, label: t(`routing.strategy_${s}`) }))} value={team.assignment_strategy} onChange={(v) => v && setStrategy(team, v as Strategy)} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <Stack>
        <Title order={2} size="h3">{t('routing.categoriesTitle')}</Title>
        {categories.isPending || settings.isPending ? <Loading /> : settings.isError ? <ErrorState error={settings.error} /> : (
          <Table.ScrollContainer minWidth={560}>
            <Table>
              <Table.Thead><Table.Tr><Table.Th>{t('routing.category')}</Table.Th><Table.Th>{t('routing.defaultTeam')}</Table.Th><Table.Th>{t('routing.requiredSkills')}</Table.Th><Table.Th><span className="skip-link">{t('common.actions')}</span></Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {(categories.data ?? []).map((category) => (
                  <CategoryRow key={category.id} category={category} all={categories.data ?? []} teams={teamList} current={settings.data?.find((s) => s.category_id === category.id)} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <Stack>
        <Title order={2} size="h3">{t('routing.agentsTitle')}</Title>
        {profiles.isPending ? <Loading /> : profiles.isError ? <ErrorState error={profiles.error} /> : (
          <Table.ScrollContainer minWidth={560}>
            <Table>
              <Table.Thead><Table.Tr><Table.Th>{t('routing.agent')}</Table.Th><Table.Th>{t('routing.availability')}</Table.Th><Table.Th>{t('routing.skills')}</Table.Th><Table.Th><span className="skip-link">{t('common.actions')}</span></Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {profiles.data.map((profile) => <AgentRow key={profile.agent_id} profile={profile} />)}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </>
  );
}

function CategoryRow({ category, all, teams, current }: { category: CategoryOut; all: CategoryOut[]; teams: TeamOut[]; current?: CategoryRoutingOut }) {
  const { t } = useTranslation();
  const set = useSetCategoryRouting();
  const [teamId, setTeamId] = useState<string | null>(current?.default_team_id != null ? String(current.default_team_id) : null);
  const [skills, setSkills] = useState<string[]>(current?.required_skills ?? []);
  const errors = isApiError(set.error, 422) ? set.error.fieldErrors() : {};
  const path = categoryPath(all, category.id) ?? category.name;
  const save = () =>
    set.mutate({ categoryId: category.id, body: { default_team_id: teamId ? Number(teamId) : null, required_skills: skills } }, {
      onSuccess: () => notify({ color: 'green', message: t('admin.saved') }),
    });
  return (
    <Table.Tr>
      <Table.Td>{path}</Table.Td>
      <Table.Td><Select size="xs" aria-label={t('routing.defaultTeamOf', { category: path })} data={teams.map((x) => ({ value: String(x.id), label: x.name }))} value={teamId} onChange={setTeamId} clearable error={errors.default_team_id} /></Table.Td>
      <Table.Td><TagsInput size="xs" aria-label={t('routing.requiredSkillsOf', { category: path })} value={skills} onChange={setSkills} error={errors.required_skills ?? Object.entries(errors).find(([f]) => f.startsWith('required_skills'))?.[1]} /></Table.Td>
      <Table.Td><Button size="xs" variant="default" onClick={save} loading={set.isPending} aria-label={t('routing.saveNamed', { name: path })}>{t('common.save')}</Button></Table.Td>
    </Table.Tr>
  );
}

function AgentRow({ profile }: { profile: AgentProfileOut }) {
  const { t } = useTranslation();
  const update = useUpdateAgentProfile();
  const [skills, setSkills] = useState<string[]>(profile.skills);
  const errors = isApiError(update.error, 422) ? update.error.fieldErrors() : {};
  const failed = (error: unknown) => notify({ color: 'red', message: errorMessage(error, t) });
  return (
    <Table.Tr>
      <Table.Td>{profile.name}</Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Switch size="sm" checked={profile.available} aria-label={t('routing.availabilityOf', { name: profile.name })} onChange={(e) => update.mutate({ userId: profile.agent_id, body: { available: e.currentTarget.checked } }, { onError: failed })} />
          <Text size="sm">{profile.available ? t('routing.available') : t('routing.away')}</Text>
        </Group>
      </Table.Td>
      <Table.Td><TagsInput size="xs" aria-label={t('routing.skillsOf', { name: profile.name })} value={skills} onChange={setSkills} error={Object.entries(errors).find(([f]) => f.startsWith('skills'))?.[1]} /></Table.Td>
      <Table.Td><Button size="xs" variant="default" onClick={() => update.mutate({ userId: profile.agent_id, body: { skills } }, { onSuccess: () => notify({ color: 'green', message: t('admin.saved') }) })} loading={update.isPending} aria-label={t('routing.saveNamed', { name: profile.name })}>{t('common.save')}</Button></Table.Td>
    </Table.Tr>
  );
}
