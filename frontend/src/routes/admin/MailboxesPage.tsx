import { ActionIcon, Alert, Badge, Button, Card, Group, Modal, NumberInput, PasswordInput, SegmentedControl, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { IconPlugConnected, IconPlus, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AfterIngest, ConnectionTestOut, MailboxOut, MailboxPatchWritable, MailboxWriteWritable, Security } from '@/api/generated';
import { isApiError } from '@/api/problem';
import { Empty, ErrorState, errorMessage, Loading } from '@/components/States';
import { notify } from '@/components/notify';
import { useMe } from '@/features/auth/api';
import { useTeams } from '@/features/directory/api';
import { useCreateMailbox, useDeleteMailbox, useMailboxes, usePollMailbox, useTestConnection, useUpdateMailbox } from '@/features/mailboxes/api';
import { useFormat } from '@/i18n/format';

const SECURITY: Security[] = ['ssl', 'starttls', 'none'];
const DEFAULT_PORT: Record<Security, number> = { ssl: 993, starttls: 143, none: 143 };

/** The mailboxes the desk reads its email from, for administrators. */
export default function MailboxesPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const mailboxes = useMailboxes();
  const [editing, setEditing] = useState<MailboxOut | 'new' | null>(null);
  useEffect(() => {
    document.title = `${t('mailboxes.title')} · Sportello`;
  }, [t]);
  if (!me) return <Loading />;
  if (me.role !== 'admin') return <ErrorState error={new Error('forbidden')} />;
  const list = mailboxes.data ?? [];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">{t('mailboxes.title')}</Title>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>{t('mailboxes.add')}</Button>
      </Group>
      <Text c="dimmed" size="sm">{t('mailboxes.intro')}</Text>
      {mailboxes.isPending ? <Loading /> : mailboxes.isError ? <ErrorState error={mailboxes.error} /> : list.length === 0 ? <Empty title={t('mailboxes.none')} /> : (
        <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {list.map((mailbox) => <MailboxCard key={mailbox.id} mailbox={mailbox} onEdit={() => setEditing(mailbox)} />)}
        </Stack>
      )}
      {editing && <MailboxModal mailbox={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function MailboxCard({ mailbox, onEdit }: { mailbox: MailboxOut; onEdit: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const teams = useTeams().data ?? [];
  const update = useUpdateMailbox();
  const remove = useDeleteMailbox();
  const poll = usePollMailbox();
  const test = useTestConnection();
  const [result, setResult] = useState<ConnectionTestOut | null>(null);
  const failed = (e: unknown) => notify({ color: 'red', message: errorMessage(e, t) });
  const team = mailbox.team_id !== null ? (teams.find((x) => x.id === mailbox.team_id)?.name ?? `#${mailbox.team_id}`) : t('mailboxes.byRouting');
  const runTest = () => {
    setResult(null);
    test.mutate(mailbox.id, { onSuccess: setResult, onError: failed });
  };
  return (
    <Card component="li" withBorder radius="md" aria-label={mailbox.name}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <Text fw={600}>{mailbox.name}</Text>
            {!mailbox.active && <Badge variant="outline" color="gray">{t('mailboxes.inactive')}</Badge>}
            {mailbox.last_poll_status && (
              <Badge variant="light" color={mailbox.last_poll_status === 'ok' ? 'green' : 'red'}>{t(`mailboxes.status.${mailbox.last_poll_status}`)}</Badge>
            )}
          </Group>
          <Text size="sm">
            {mailbox.username} @ {mailbox.host}:{mailbox.port} · {t(`mailboxes.security.${mailbox.security}`)} · {mailbox.folder}
          </Text>
          <Text size="sm" c="dimmed">
            {[
              t('mailboxes.serves', { address: mailbox.desk_address }),
              mailbox.after_ingest === 'move' ? t('mailboxes.movesTo', { folder: mailbox.move_to }) : t('mailboxes.marksSeen'),
              t('mailboxes.teamIs', { team }),
            ].join(' · ')}
          </Text>
          <Text size="sm" c="dimmed">
            {mailbox.last_polled_at
              ? t('mailboxes.lastPoll', { when: format.dateTime(mailbox.last_polled_at), count: mailbox.last_poll_ingested })
              : t('mailboxes.neverPolled')}
          </Text>
          {mailbox.last_poll_error && <Text size="sm" c="red" role="status">{mailbox.last_poll_error}</Text>}
          {result && (
            <Alert color={result.ok ? 'green' : 'red'} role="status" p="xs" mt={4}>
              {result.ok ? t('mailboxes.testOk', { count: result.message_count ?? 0, folder: mailbox.folder }) : t('mailboxes.testFailed', { error: result.error })}
            </Alert>
          )}
        </Stack>
        <Group gap={4} wrap="nowrap">
          <Switch
            checked={mailbox.active}
            onChange={(e) => update.mutate({ id: mailbox.id, body: { active: e.currentTarget.checked } }, { onError: failed })}
            aria-label={t('mailboxes.activeNamed', { name: mailbox.name })}
          />
          <Button size="xs" variant="light" leftSection={<IconPlugConnected size={14} aria-hidden />} loading={test.isPending} onClick={runTest}>
            {t('mailboxes.test')}
          </Button>
          <ActionIcon
            variant="subtle"
            onClick={() => poll.mutate(mailbox.id, { onSuccess: () => notify({ color: 'green', message: t('mailboxes.pollQueued') }), onError: failed })}
            aria-label={t('mailboxes.pollNamed', { name: mailbox.name })}
            title={t('mailboxes.pollNow')}
          >
            <IconRefresh size={16} aria-hidden />
          </ActionIcon>
          <Button size="xs" variant="subtle" onClick={onEdit} aria-label={t('mailboxes.editNamed', { name: mailbox.name })}>{t('common.edit')}</Button>
          <ActionIcon variant="subtle" color="red" onClick={() => remove.mutate(mailbox.id, { onError: failed })} aria-label={t('mailboxes.deleteNamed', { name: mailbox.name })}>
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      </Group>
    </Card>
  );
}

function MailboxModal({ mailbox, onClose }: { mailbox: MailboxOut | null; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateMailbox();
  const update = useUpdateMailbox();
  const teams = useTeams().data ?? [];
  const [name, setName] = useState(mailbox?.name ?? '');
  const [host, setHost] = useState(mailbox?.host ?? '');
  const [security, setSecurity] = useState<Security>(mailbox?.security ?? 'ssl');
  const [port, setPort] = useState<number>(mailbox?.port ?? DEFAULT_PORT.ssl);
  const [username, setUsername] = useState(mailbox?.username ?? '');
  const [password, setPassword] = useState('');
  const [folder, setFolder] = useState(mailbox?.folder ?? 'INBOX');
  const [afterIngest, setAfterIngest] = useState<AfterIngest>(mailbox?.after_ingest ?? 'mark_seen');
  const [moveTo, setMoveTo] = useState(mailbox?.move_to ?? '');
  const [deskAddress, setDeskAddress] = useState(mailbox?.desk_address ?? '');
  const [teamId, setTeamId] = useState<string | null>(mailbox?.team_id != null ? String(mailbox.team_id) : null);
  const [active, setActive] = useState(mailbox?.active ?? true);
  const mutation = mailbox ? update : create;
  const fieldErrors = isApiError(mutation.error, 422) ? mutation.error.fieldErrors() : {};
  const nameTaken = isApiError(mutation.error, 409) ? errorMessage(mutation.error, t) : undefined;
  const named = new Set(['name', 'host', 'port', 'security', 'username', 'password', 'folder', 'after_ingest', 'move_to', 'desk_address', 'team_id']);
  const otherError = mutation.error && !nameTaken && !Object.keys(fieldErrors).some((k) => named.has(k));
  const chooseSecurity = (value: Security) => {
    // The usual port follows the choice unless someone typed another.
    if (port === DEFAULT_PORT[security]) setPort(DEFAULT_PORT[value]);
    setSecurity(value);
  };
  const save = () => {
    const done = () => { notify({ color: 'green', message: t('mailboxes.saved') }); onClose(); };
    const common = {
      name,
      host: host.trim(),
      port,
      security,
      username,
      folder,
      after_ingest: afterIngest,
      move_to: afterIngest === 'move' ? moveTo : null,
      desk_address: deskAddress.trim(),
      team_id: teamId ? Number(teamId) : null,
      active,
    };
    if (mailbox) {
      const body: MailboxPatchWritable = password ? { ...common, password } : common;
      update.mutate({ id: mailbox.id, body }, { onSuccess: done });
    } else {
      const body: MailboxWriteWritable = { ...common, password };
      create.mutate(body, { onSuccess: done });
    }
  };
  return (
    <Modal opened onClose={onClose} title={mailbox ? t('mailboxes.edit') : t('mailboxes.add')} size="lg">
      <Stack>
        <TextInput label={t('mailboxes.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required error={fieldErrors.name ?? nameTaken} data-autofocus />
        <Group grow align="flex-start">
          <TextInput label={t('mailboxes.host')} placeholder="imap.example.com" value={host} onChange={(e) => setHost(e.currentTarget.value)} required error={fieldErrors.host} />
          <NumberInput label={t('mailboxes.port')} value={port} onChange={(v) => setPort(typeof v === 'number' ? v : Number(v) || 0)} min={1} max={65535} allowDecimal={false} required error={fieldErrors.port} />
        </Group>
        <Select
          label={t('mailboxes.securityLabel')}
          data={SECURITY.map((x) => ({ value: x, label: t(`mailboxes.security.${x}`) }))}
          value={security}
          onChange={(v) => v && chooseSecurity(v as Security)}
          allowDeselect={false}
          error={fieldErrors.security}
        />
        <TextInput label={t('mailboxes.username')} value={username} onChange={(e) => setUsername(e.currentTarget.value)} required error={fieldErrors.username} autoComplete="off" />
        <PasswordInput
          label={t('mailboxes.password')}
          description={mailbox ? t('mailboxes.passwordKept') : t('mailboxes.passwordHelp')}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          required={!mailbox}
          error={fieldErrors.password}
          autoComplete="new-password"
        />
        <TextInput label={t('mailboxes.folder')} value={folder} onChange={(e) => setFolder(e.currentTarget.value)} required error={fieldErrors.folder} />
        <Stack gap={4}>
          <Text size="sm" fw={500}>{t('mailboxes.afterIngest')}</Text>
          <SegmentedControl
            value={afterIngest}
            onChange={(v) => setAfterIngest(v as AfterIngest)}
            data={[
              { value: 'mark_seen', label: t('mailboxes.after.mark_seen') },
              { value: 'move', label: t('mailboxes.after.move') },
            ]}
            aria-label={t('mailboxes.afterIngest')}
          />
          <Text size="xs" c="dimmed">{t('mailboxes.afterHelp')}</Text>
        </Stack>
        {afterIngest === 'move' && (
          <TextInput label={t('mailboxes.moveTo')} value={moveTo} onChange={(e) => setMoveTo(e.currentTarget.value)} required error={fieldErrors.move_to} />
        )}
        <TextInput label={t('mailboxes.deskAddress')} description={t('mailboxes.deskAddressHelp')} placeholder="support@example.com" value={deskAddress} onChange={(e) => setDeskAddress(e.currentTarget.value)} required error={fieldErrors.desk_address} />
        <Select
          label={t('mailboxes.team')}
          placeholder={t('mailboxes.byRouting')}
          data={teams.map((x) => ({ value: String(x.id), label: x.name }))}
          value={teamId}
          onChange={setTeamId}
          clearable
          error={fieldErrors.team_id}
        />
        <Switch label={t('mailboxes.active')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />
        {otherError && <Alert color="red" role="alert">{errorMessage(mutation.error, t)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={save} loading={mutation.isPending}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
