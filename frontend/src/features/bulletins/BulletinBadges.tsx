import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BulletinOut } from '@/api/generated';

export type BulletinPhase = 'active' | 'upcoming' | 'ended' | 'resolved';

export function phaseOf(b: BulletinOut, now = Date.now()): BulletinPhase {
  if (b.resolved_at) return 'resolved';
  if (b.active) return 'active';
  return new Date(b.starts_at).getTime() > now ? 'upcoming' : 'ended';
}

const COLOR: Record<BulletinPhase, string> = { active: 'orange', upcoming: 'blue', ended: 'gray', resolved: 'green' };

export function BulletinBadges({ bulletin }: { bulletin: BulletinOut }) {
  const { t } = useTranslation();
  const phase = phaseOf(bulletin);
  return (
    <Group gap={6}>
      <Badge color={COLOR[phase]} variant="light" data-testid="bulletin-phase">{t(`bulletins.phase.${phase}`)}</Badge>
      <Badge color={bulletin.audience === 'everyone' ? 'blue.9' : 'dark'} variant="outline">{t(`bulletins.audience.${bulletin.audience}`)}</Badge>
      {bulletin.service && <Badge variant="default" tt="none">{bulletin.service}</Badge>}
    </Group>
  );
}
