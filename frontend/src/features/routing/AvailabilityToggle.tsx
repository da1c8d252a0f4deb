import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notify } from '@/components/notify';
import { errorMessage } from '@/components/States';
import { useOwnProfile, useSetOwnAvailability } from './api';

/**
 * The agent's own available / away toggle: away agents get no new tickets from routing.
 * A pressed button rather than a Switch, which would add its own chunk to every agent screen.
 */
export function AvailabilityToggle() {
  const { t } = useTranslation();
  const profile = useOwnProfile().data;
  const set = useSetOwnAvailability();
  if (!profile) return null;
  const { available } = profile;
  return (
    <Button
      data-testid="availability-toggle"
      variant="light"
      color={available ? 'teal' : 'gray'}
      size="compact-sm"
      aria-pressed={available}
      title={t('routing.availability')}
      loading={set.isPending}
      onClick={() => set.mutate(!available, { onError: (error) => notify({ color: 'red', message: errorMessage(error, t) }) })}
      leftSection={<span aria-hidden style={{ width: 8, height: 8, borderRadius: 4, background: available ? 'var(--mantine-color-teal-7)' : 'var(--mantine-color-gray-6)' }} />}
    >
      {available ? t('routing.available') : t('routing.away')}
    </Button>
  );
}
