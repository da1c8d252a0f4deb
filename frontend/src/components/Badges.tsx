import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Priority, Status } from '@/api/generated';
import { PRIORITY_COLORS } from '@/lib/priority';

const STATUS_COLORS: Record<Status, string> = {
  new: 'blue',
  open: 'cyan',
  in_progress: 'violet',
  pending: 'yellow',
  resolved: 'green',
  closed: 'gray',
};

export function StatusBadge({ status, ...props }: { status: Status } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" data-status={status} {...props}>
      {t(`status.${status}`)}
    </Badge>
  );
}

export function PriorityBadge({ priority, ...props }: { priority: Priority } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge
      color={PRIORITY_COLORS[priority]}
      variant={priority === 'critical' || priority === 'high' ? 'filled' : 'light'}
      data-priority={priority}
      {...props}
    >
      {t(`priority.${priority}`)}
    </Badge>
  );
}
