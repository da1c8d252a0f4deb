import { Anchor, Group, Text, Timeline } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '@/api/generated';

export interface AnsweredQuestion {
  node_id: string;
  question: string;
  answer: Answer;
}

/** The questions answered so far in a guide walk; "change" goes back to one of them. */
export function GuidePath({ path, onChange }: { path: readonly AnsweredQuestion[]; onChange: (index: number) => void }) {
  const { t } = useTranslation();
  if (!path.length) return null;
  return (
    <Timeline active={path.length} bulletSize={22} lineWidth={2} mb="md" aria-label={t('kb.guide.path')}>
      {path.map((p, i) => (
        <Timeline.Item
          key={`${p.node_id}-${i}`}
          bullet={p.answer === 'yes' ? <IconCheck size={12} aria-hidden /> : <IconX size={12} aria-hidden />}
          title={<Text size="sm">{p.question}</Text>}
        >
          <Group gap="xs">
            <Text size="xs" c="dimmed">{t('kb.guide.answered', { answer: t(`common.${p.answer}`) })}</Text>
            <Anchor component="button" type="button" size="xs" onClick={() => onChange(i)}>{t('kb.guide.change')}</Anchor>
          </Group>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
