import { Badge, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconClock, IconPlayerPause } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TicketSlaState } from '@/api/generated';
import { useFormat } from '@/i18n/format';
import { span, TONE_COLOUR, toneOf } from './words';

/** A ticket's SLA in a queue row: colour and words ("due in 2 h 10 min", "overdue 1 h"). */
export function SlaBadge({ state, now = Date.now() }: { state: TicketSlaState | null | undefined; now?: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { tone, seconds } = toneOf(state, now);
  if (tone === 'none') return <Text size="xs" c="dimmed">{t('sla.queue.none')}</Text>;
  const text =
    tone === 'paused'
      ? t('sla.queue.paused')
      : tone === 'breached'
        ? seconds !== null && seconds < 0
          ? t('sla.queue.overdue', { span: span(seconds, t) })
          : t('sla.queue.breached')
        : t('sla.queue.dueIn', { span: span(seconds ?? 0, t) });
  const Icon = tone === 'breached' ? IconAlertTriangle : tone === 'paused' ? IconPlayerPause : IconClock;
  const badge = (
    <Badge color={TONE_COLOUR[tone]} variant={tone === 'breached' ? 'filled' : 'light'} tt="none" leftSection={<Icon size={12} aria-hidden />} data-testid="sla-badge" data-tone={tone}>
      {text}
    </Badge>
  );
  return state?.due_at ? <Tooltip label={t('sla.queue.dueAt', { at: fmt.dateTime(state.due_at) })}>{badge}</Tooltip> : badge;
}
