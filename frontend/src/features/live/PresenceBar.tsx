import { Avatar, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PresenceOut } from '@/api/generated';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

/** The colleagues on this ticket now: "Anna is viewing", "Marco is replying". */
export function PresenceBar({ people, meId }: { people: PresenceOut[]; meId: number }) {
  const { t } = useTranslation();
  const others = people.filter((p) => p.user_id !== meId);
  if (!others.length) return null;
  return (
    <Group gap="sm" wrap="wrap" role="status" aria-label={t('live.present')} data-testid="presence">
      {others.map((p) => {
        const label = t(p.activity === 'replying' ? 'live.replying' : 'live.viewing', { name: p.name });
        return (
          <Tooltip key={p.user_id} label={label}>
            <Group gap={6} wrap="nowrap" data-testid={`presence-${p.activity}`}>
              <Avatar size="sm" radius="xl" color={p.activity === 'replying' ? 'orange' : 'blue'} aria-hidden>
                {initials(p.name)}
              </Avatar>
              <Text size="sm" c={p.activity === 'replying' ? 'orange.9' : 'dimmed'}>{label}</Text>
            </Group>
          </Tooltip>
        );
      })}
    </Group>
  );
}
