import { Alert, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ClosureCode } from '@/api/generated';

/** How a ticket ended when it was not a resolution (the resolution has its own box). */
export function ClosureNotice({ code, reason }: { code: ClosureCode | null; reason: string | null }) {
  const { t } = useTranslation();
  if (!code || code === 'resolved') return null;
  return (
    <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />} title={t(`closure.endedAs.${code}`)} data-testid="closure-notice">
      {reason && <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{reason}</Text>}
    </Alert>
  );
}
