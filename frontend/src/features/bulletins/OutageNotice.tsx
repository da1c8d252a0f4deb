import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useActiveBulletins } from '@/features/knowledge/bulletins';
import { PortalBulletin } from './PortalBulletins';

/** A customer filing a request in a category with a known outage sees it first, and may follow it. */
export default function OutageNotice({ categoryId, subject }: { categoryId: number | null; subject: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const active = useActiveBulletins(categoryId !== null);
  const matching = (active.data ?? []).filter((b) => b.category_id === categoryId);
  if (categoryId === null || !matching.length) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="outage-notice-title" data-testid="outage-notice" aria-live="polite">
      <Title order={2} size="h4" id="outage-notice-title">{t('bulletins.portal.knownTitle')}</Title>
      <Text size="sm">{t('bulletins.portal.knownHelp')}</Text>
      {matching.map((b) => (
        <PortalBulletin key={b.id} bulletin={b} query={subject} onFollowed={() => navigate('/portal')} />
      ))}
    </Stack>
  );
}
