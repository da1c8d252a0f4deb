import { Alert, Button, Checkbox, Group, List, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { ClosureCode, TicketOut } from '@/api/generated';
import { isApiError } from '@/api/problem';
import { notify } from '@/components/notify';
import { errorMessage } from '@/components/States';
import { useCloseTicket, useLinks, useMerge, useMergePreview } from './api';
import { TicketPicker } from './TicketPicker';

const CODES: ClosureCode[] = ['resolved', 'duplicate', 'withdrawn', 'rejected'];
const OPEN = new Set(['new', 'open', 'in_progress', 'pending']);

/**
 * Close an open ticket with a code. A duplicate is merged: the dialog shows what moves before
 * the merge is confirmed. A parent with open children needs a reason to force; a problem may
 * resolve its open incidents with the same note (their count is shown first).
 */
export default function CloseDialog({
  ticket,
  initialCode = 'resolved',
  onClose,
}: {
  ticket: TicketOut;
  initialCode?: ClosureCode;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState<ClosureCode>(initialCode);
  const [note, setNote] = useState('');
  const [into, setInto] = useState<number | null>(null);
  const [forceReason, setForceReason] = useState('');
  const [withIncidents, setWithIncidents] = useState(true);
  const links = useLinks(ticket.number).data ?? [];
  const openChildren = links.filter((l) => l.relation === 'child' && OPEN.has(l.ticket.status)).length;
  const openIncidents = links.filter((l) => l.relation === 'incident' && OPEN.has(l.ticket.status)).length;
  const preview = useMergePreview(ticket.number, code === 'duplicate' ? into : null);
  const close = useCloseTicket(ticket.number);
  const merge = useMerge(ticket.number);
  const pending = close.isPending || merge.isPending;
  const error = close.error ?? merge.error;
  const fieldErrors = isApiError(error) ? error.problem.errors?.reduce<Record<string, string>>((all, e) => ({ ...all, [e.field]: e.message }), {}) ?? {} : {};

  const forcing = code === 'resolved' && openChildren > 0;
  const ready =
    code === 'duplicate'
      ? into !== null && preview.isSuccess
      : (code === 'withdrawn' || note.trim().length > 0) && (!forcing || forceReason.trim().length > 0);

  const done = (message: string) => {
    notify({ color: 'green', message });
    onClose();
  };
  const submit = () => {
    if (code === 'duplicate' && into !== null) {
      merge.mutate(
        { into, ...(note.trim() ? { note: note.trim() } : {}) },
        { onSuccess: () => { done(t('closure.merged', { reference: ticket.reference })); navigate(`/tickets/${into}`); } },
      );
      return;
    }
    close.mutate(
      {
        code,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(forcing ? { force: true, force_reason: forceReason.trim() } : {}),
        ...(code === 'resolved' && openIncidents > 0 && withIncidents ? { resolve_incidents: true } : {}),
      },
      {
        onSuccess: (result) => {
          const closed = t('closure.closed', { code: t(`closure.code.${code}`) });
          const count = (result.resolved_incidents ?? []).length;
          done(count ? `${closed}; ${t('closure.incidentsResolved', { count })}` : closed);
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={t('closure.title', { reference: ticket.reference })} size="lg">
      <Stack>
        <Radio.Group label={t('closure.how')} value={code} onChange={(v) => setCode(v as ClosureCode)} data-testid="closure-code">
          <Stack gap={6} mt={4}>
            {CODES.map((c) => (
              <Radio key={c} value={c} label={t(`closure.code.${c}`)} description={t(`closure.help.${c}`)} data-testid={`closure-${c}`} />
            ))}
          </Stack>
        </Radio.Group>

        {code === 'duplicate' && (
          <>
            <TicketPicker
              label={t('closure.survivor')}
              value={into}
              onChange={setInto}
              exclude={ticket.number}
              error={fieldErrors.into}
              testId="merge-into"
            />
            {preview.isSuccess && (
              <Alert color="blue" variant="light" title={t('closure.willMove', { reference: preview.data.into.reference })} data-testid="merge-preview">
                <List size="sm">
                  <List.Item>{t('closure.moveComments', { count: preview.data.comments })}</List.Item>
                  <List.Item>{t('closure.moveAttachments', { count: preview.data.attachments })}</List.Item>
                  <List.Item>{t('closure.moveWatchers', { count: preview.data.watchers })}</List.Item>
                </List>
                <Text size="sm" mt="xs">{t('closure.mergeTold')}</Text>
              </Alert>
            )}
            {preview.isError && <Text c="red" size="sm" role="alert">{errorMessage(preview.error, t)}</Text>}
          </>
        )}

        <Textarea
          label={t(`closure.noteLabel.${code}`)}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={3}
          required={code === 'resolved' || code === 'rejected'}
          error={fieldErrors.note}
          data-testid="closure-note"
        />

        {forcing && (
          <Alert color="orange" variant="light" title={t('closure.openChildren', { count: openChildren })} data-testid="force-box">
            <Textarea
              label={t('closure.forceReason')}
              value={forceReason}
              onChange={(e) => setForceReason(e.currentTarget.value)}
              autosize
              minRows={2}
              required
              error={fieldErrors.force_reason}
              data-testid="force-reason"
            />
          </Alert>
        )}
        {code === 'resolved' && openIncidents > 0 && (
          <Checkbox
            checked={withIncidents}
            onChange={(e) => setWithIncidents(e.currentTarget.checked)}
            label={t('closure.resolveIncidents', { count: openIncidents })}
            data-testid="resolve-incidents"
          />
        )}
        {error && !Object.keys(fieldErrors).length && <Text c="red" size="sm" role="alert">{errorMessage(error, t)}</Text>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={submit} loading={pending} disabled={!ready} color={code === 'resolved' ? 'success' : undefined} data-testid="closure-submit">
            {code === 'duplicate' ? t('closure.mergeSubmit') : t('closure.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
