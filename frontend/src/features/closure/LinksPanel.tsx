import { ActionIcon, Anchor, Badge, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconLink, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Relation } from '@/api/generated';
import { StatusBadge } from '@/components/Badges';
import { notify } from '@/components/notify';
import { errorMessage } from '@/components/States';
import { useAddLink, useLinks, useRemoveLink } from './api';
import { TicketPicker } from './TicketPicker';

const LINKABLE: Relation[] = ['parent', 'child', 'related', 'problem', 'incident'];

/**
 * The ticket's links, each with the other ticket's status. The API lists only tickets the
 * reader may read, so a customer sees exactly the links they may follow.
 */
export function LinksPanel({ number, staff, ticketPath }: { number: number; staff: boolean; ticketPath: (n: number) => string }) {
  const { t } = useTranslation();
  const links = useLinks(number);
  const add = useAddLink(number);
  const remove = useRemoveLink(number);
  const [relation, setRelation] = useState<Relation>('related');
  const [other, setOther] = useState<number | null>(null);
  const items = links.data ?? [];
  if (!staff && !items.length) return null;

  const submit = () => {
    if (other === null) return;
    add.mutate(
      { relation, number: other },
      {
        onSuccess: () => setOther(null),
        onError: (e) => notify({ color: 'red', message: errorMessage(e, t) }),
      },
    );
  };

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="links-title" data-testid="links-panel">
      <Title order={2} size="h5" id="links-title" mb="sm">{t('closure.links')}</Title>
      <Stack gap="xs">
        {!items.length && <Text size="sm" c="dimmed">{t('closure.noLinks')}</Text>}
        {items.map((link) => (
          <Group key={link.id} gap="xs" wrap="nowrap" justify="space-between" data-testid="link-row">
            <div style={{ minWidth: 0 }}>
              <Text size="xs" c="dimmed">{t(`closure.relation.${link.relation}`)}</Text>
              <Anchor component={Link} to={ticketPath(link.ticket.number)} size="sm" lineClamp={1}>
                {link.ticket.reference} · {link.ticket.subject}
              </Anchor>
            </div>
            <Group gap={4} wrap="nowrap">
              <StatusBadge status={link.ticket.status} size="sm" />
              {link.ticket.closure_code && link.ticket.closure_code !== 'resolved' && (
                <Badge size="sm" variant="outline" color="gray">{t(`closure.code.${link.ticket.closure_code}`)}</Badge>
              )}
              {staff && link.relation !== 'duplicate' && link.relation !== 'duplicate_of' && (
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-label={t('closure.unlink', { reference: link.ticket.reference })}
                  onClick={() => remove.mutate(link.id, { onError: (e) => notify({ color: 'red', message: errorMessage(e, t) }) })}
                >
                  <IconX size={14} aria-hidden />
                </ActionIcon>
              )}
            </Group>
          </Group>
        ))}
        {staff && (
          <Stack gap={6} mt="xs">
            <Select
              label={t('closure.relationLabel')}
              data={LINKABLE.map((r) => ({ value: r, label: t(`closure.relation.${r}`) }))}
              value={relation}
              onChange={(v) => v && setRelation(v as Relation)}
              allowDeselect={false}
              size="xs"
              data-testid="link-relation"
            />
            <TicketPicker label={t('closure.linkTicket')} value={other} onChange={setOther} exclude={number} testId="link-ticket" />
            <Button size="xs" variant="default" leftSection={<IconLink size={14} aria-hidden />} disabled={other === null} loading={add.isPending} onClick={submit} data-testid="link-add">
              {t('closure.addLink')}
            </Button>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
