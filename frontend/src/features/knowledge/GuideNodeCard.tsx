import { ActionIcon, Alert, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconFlag, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Answer, CategoryOut, NodeType, TeamOut } from '@/api/generated';
import { ANSWERS, type Draft, type DraftNode, type NodePart } from '@/lib/guideEditor';

const NEW = 'new:';
const KINDS: NodeType[] = ['question', 'solution', 'ticket'];

export interface NodeActions {
  setText: (text: string) => void;
  setType: (type: NodeType) => void;
  connect: (answer: Answer, target: string | null) => void;
  addAt: (answer: Answer, type: NodeType) => void;
  setFiling: (filing: { category_id?: number | null; team_id?: number | null }) => void;
  move: (delta: -1 | 1) => void;
  makeStart: () => void;
  remove: () => void;
}

export function nodeLabel(node: DraftNode): string {
  const text = node.text.trim().replace(/\s+/g, ' ');
  return text ? `${node.id} · ${text.length > 48 ? `${text.slice(0, 47)}…` : text}` : node.id;
}

/** One step of the guide in the outline: its text, where its answers lead, how its ticket is filed. */
export function GuideNodeCard({
  draft,
  node,
  index,
  depth,
  reached,
  parents,
  problems,
  teams,
  categories,
  actions,
}: {
  draft: Draft;
  node: DraftNode;
  index: number;
  depth: number | undefined;
  reached: boolean;
  parents: { id: string; answer: Answer }[];
  problems: Partial<Record<NodePart, string>> | undefined;
  teams: TeamOut[];
  categories: CategoryOut[];
  actions: NodeActions;
}) {
  const { t } = useTranslation();
  const isStart = node.id === draft.start;
  const headingId = `node-${node.id}-heading`;
  const targets = draft.nodes.filter((n) => n.id !== node.id).map((n) => ({ value: n.id, label: nodeLabel(n) }));
  const branchData = [
    { group: t('guideEditor.connectTo'), items: targets },
    { group: t('guideEditor.addHere'), items: KINDS.map((k) => ({ value: `${NEW}${k}`, label: t(`guideEditor.newStep.${k}`) })) },
  ];
  const invalid = problems && Object.keys(problems).length > 0;

  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      ml={Math.min(depth ?? 0, 6) * 20}
      component="section"
      id={`node-${node.id}`}
      aria-labelledby={headingId}
      data-testid={`guide-node-${node.id}`}
      data-invalid={invalid ? 'true' : undefined}
      style={{
        borderStyle: reached ? undefined : 'dashed',
        borderColor: invalid ? 'var(--mantine-color-red-6)' : undefined,
      }}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs">
            <Text fw={600} size="sm" id={headingId} component="h3" m={0}>
              {t('guideEditor.nodeHeading', { kind: t(`guideEditor.kind.${node.type}`), id: node.id })}
            </Text>
            {isStart && <Badge size="sm" color="blue">{t('guideEditor.start')}</Badge>}
            {!reached && <Badge size="sm" color="orange" variant="light">{t('guideEditor.unreachable')}</Badge>}
            {parents.map((p) => (
              <Badge key={`${p.id}-${p.answer}`} size="sm" variant="outline" color="gray">
                {t('guideEditor.reachedFrom', { answer: t(`common.${p.answer}`), id: p.id })}
              </Badge>
            ))}
          </Group>
          <Group gap={4} wrap="nowrap">
            <Tooltip label={t('guideEditor.moveUp', { id: node.id })}>
              <ActionIcon variant="subtle" color="gray" aria-label={t('guideEditor.moveUp', { id: node.id })} disabled={index === 0} onClick={() => actions.move(-1)}>
                <IconArrowUp size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('guideEditor.moveDown', { id: node.id })}>
              <ActionIcon variant="subtle" color="gray" aria-label={t('guideEditor.moveDown', { id: node.id })} disabled={index === draft.nodes.length - 1} onClick={() => actions.move(1)}>
                <IconArrowDown size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
            {!isStart && (
              <>
                <Button size="compact-xs" variant="subtle" leftSection={<IconFlag size={14} aria-hidden />} onClick={actions.makeStart} aria-label={t('guideEditor.makeStartOf', { id: node.id })}>
                  {t('guideEditor.makeStart')}
                </Button>
                <Tooltip label={t('guideEditor.remove', { id: node.id })}>
                  <ActionIcon variant="subtle" color="red" aria-label={t('guideEditor.remove', { id: node.id })} onClick={actions.remove}>
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </>
            )}
          </Group>
        </Group>
        {(problems?.node || problems?.id) && (
          <Alert color="red" variant="light" p="xs" data-testid="node-problem">
            <Text size="sm">{[problems.node, problems.id].filter(Boolean).join('; ')}</Text>
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <Select
            label={t('guideEditor.kindLabel')}
            data={KINDS.map((k) => ({ value: k, label: t(`guideEditor.kind.${k}`) }))}
            value={node.type}
            onChange={(v) => v && actions.setType(v as NodeType)}
            allowDeselect={false}
            error={problems?.type}
          />
        </SimpleGrid>
        <Textarea
          id={`node-${node.id}-text`}
          label={t(`guideEditor.text.${node.type}`)}
          required
          autosize
          minRows={1}
          maxRows={8}
          maxLength={5000}
          value={node.text}
          onChange={(e) => actions.setText(e.currentTarget.value)}
          error={problems?.text}
        />
        {node.type === 'question' && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            {ANSWERS.map((answer) => (
              <Select
                key={answer}
                label={t(`guideEditor.if.${answer}`)}
                placeholder={t('guideEditor.leadsNowhere')}
                data={branchData}
                value={node[answer]}
                onChange={(v) => (v?.startsWith(NEW) ? actions.addAt(answer, v.slice(NEW.length) as NodeType) : actions.connect(answer, v))}
                clearable
                searchable
                nothingFoundMessage={t('guideEditor.noSuchStep')}
                error={problems?.[answer]}
                data-testid={`branch-${node.id}-${answer}`}
              />
            ))}
          </SimpleGrid>
        )}
        {node.type === 'ticket' && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <Select
              label={t('guideEditor.category')}
              placeholder={t('guideEditor.categoryDefault')}
              data={categories.map((c) => ({ value: String(c.id), label: c.name }))}
              value={node.category_id != null ? String(node.category_id) : null}
              onChange={(v) => actions.setFiling({ category_id: v ? Number(v) : null })}
              clearable
              searchable
              error={problems?.category_id}
            />
            <Select
              label={t('guideEditor.team')}
              placeholder={t('guideEditor.teamDefault')}
              data={teams.map((team) => ({ value: String(team.id), label: team.name }))}
              value={node.team_id != null ? String(node.team_id) : null}
              onChange={(v) => actions.setFiling({ team_id: v ? Number(v) : null })}
              clearable
              searchable
              error={problems?.team_id}
            />
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  );
}
