import { Alert, Badge, Button, Checkbox, Code, CopyButton, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeliveryStatus, WebhookEventType } from '@/api/generated';
import { EVENT_TYPES } from './api';

/** A signing secret, shown once: after creation or rotation. */
export function SecretAlert({ title, secret }: { title: string; secret: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="green" title={title} role="status">
      <Stack gap="xs">
        <Text size="sm">{t('webhooks.secretHelp')}</Text>
        <Group gap="xs" wrap="nowrap">
          <Code data-testid="webhook-secret" style={{ wordBreak: 'break-all' }}>{secret}</Code>
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button size="xs" variant="light" onClick={copy}>{copied ? t('webhooks.copied') : t('webhooks.copy')}</Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}

export function EventTypesField({ value, onChange }: { value: WebhookEventType[]; onChange: (v: WebhookEventType[]) => void }) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group label={t('webhooks.events')} value={value} onChange={(v) => onChange(v as WebhookEventType[])} withAsterisk>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
        {EVENT_TYPES.map((type) => (
          <Checkbox key={type} value={type} label={t(`webhooks.types.${type}`)} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}

const STATUS_COLORS: Record<DeliveryStatus, string> = { pending: 'yellow', delivered: 'green', failed: 'red' };

export function DeliveryBadge({ status }: { status: DeliveryStatus }) {
  const { t } = useTranslation();
  return <Badge color={STATUS_COLORS[status]} variant="light">{t(`webhooks.statuses.${status}`)}</Badge>;
}

export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return <Badge color={active ? 'green' : 'gray'} variant="light">{active ? t('webhooks.active') : t('webhooks.disabled')}</Badge>;
}
