import { Alert, Button, Group, Modal, SegmentedControl, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audience, BulletinOut } from '@/api/generated';
import { isApiError } from '@/api/problem';
import { notify } from '@/components/notify';
import { errorMessage } from '@/components/States';
import { useCategories } from '@/features/directory/api';
import { categoryPath } from '@/features/tickets/TicketSidebar';
import { useCreateBulletin, useUpdateBulletin } from './api';
import { fromLocalInput, toLocalInput } from './time';

/** Announce a bulletin, or change its text, audience and window (start and end). */
export function BulletinForm({ bulletin, onClose, onSaved }: { bulletin: BulletinOut | null; onClose: () => void; onSaved?: (b: BulletinOut) => void }) {
  const { t } = useTranslation();
  const categories = useCategories().data ?? [];
  const create = useCreateBulletin();
  const update = useUpdateBulletin(bulletin?.id ?? 0);
  const mutation = bulletin ? update : create;
  const [title, setTitle] = useState(bulletin?.title ?? '');
  const [message, setMessage] = useState(bulletin?.message ?? '');
  const [audience, setAudience] = useState<Audience>(bulletin?.audience ?? 'everyone');
  const [service, setService] = useState(bulletin?.service ?? '');
  const [categoryId, setCategoryId] = useState<string | null>(bulletin?.category_id ? String(bulletin.category_id) : null);
  const [startsAt, setStartsAt] = useState(bulletin ? toLocalInput(bulletin.starts_at) : '');
  const [endsAt, setEndsAt] = useState(bulletin?.ends_at ? toLocalInput(bulletin.ends_at) : '');
  const [problems, setProblems] = useState<Record<string, string | undefined>>({});

  const save = () => {
    const found: Record<string, string> = {};
    if (!title.trim()) found.title = t('form.required');
    if (!message.trim()) found.message = t('form.required');
    setProblems(found);
    if (Object.keys(found).length) return;
    const body = {
      title: title.trim(),
      message,
      audience,
      service: service.trim() || null,
      category_id: categoryId ? Number(categoryId) : null,
      ends_at: endsAt ? fromLocalInput(endsAt) : null,
      ...(startsAt ? { starts_at: fromLocalInput(startsAt) } : {}),
    };
    const options = {
      onSuccess: (saved: BulletinOut) => {
        notify({ color: 'green', message: t('bulletins.saved') });
        onSaved?.(saved);
        onClose();
      },
      onError: (error: Error) => {
        if (isApiError(error, 422)) setProblems(error.fieldErrors());
      },
    };
    if (bulletin) update.mutate(body, options);
    else create.mutate(body, options);
  };

  return (
    <Modal opened onClose={onClose} title={bulletin ? t('bulletins.edit') : t('bulletins.new')} size="lg">
      <Stack>
        <TextInput label={t('bulletins.field.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={problems.title} required maxLength={200} data-autofocus />
        <Textarea label={t('bulletins.field.message')} description={t('form.markdownHint')} value={message} onChange={(e) => setMessage(e.currentTarget.value)} error={problems.message} required autosize minRows={3} />
        <div>
          <Text size="sm" fw={500} id="bulletin-audience">{t('bulletins.field.audience')}</Text>
          <SegmentedControl
            aria-labelledby="bulletin-audience"
            value={audience}
            onChange={(v) => setAudience(v as Audience)}
            data={[
              { value: 'everyone', label: t('bulletins.audience.everyone') },
              { value: 'agents', label: t('bulletins.audience.agents') },
            ]}
          />
          {problems.audience && <Text c="red" size="xs">{problems.audience}</Text>}
        </div>
        <Group grow align="flex-start" wrap="wrap">
          <TextInput label={t('bulletins.field.service')} value={service} onChange={(e) => setService(e.currentTarget.value)} error={problems.service} maxLength={200} />
          <Select
            label={t('bulletins.field.category')}
            description={t('bulletins.field.categoryHelp')}
            data={categories.map((c) => ({ value: String(c.id), label: categoryPath(categories, c.id) ?? c.name }))}
            value={categoryId}
            onChange={setCategoryId}
            error={problems.category_id}
            clearable
            searchable
          />
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <TextInput type="datetime-local" label={t('bulletins.field.startsAt')} description={t('bulletins.field.startsAtHelp')} value={startsAt} onChange={(e) => setStartsAt(e.currentTarget.value)} error={problems.starts_at} />
          <TextInput type="datetime-local" label={t('bulletins.field.endsAt')} description={t('bulletins.field.endsAtHelp')} value={endsAt} onChange={(e) => setEndsAt(e.currentTarget.value)} error={problems.ends_at} />
        </Group>
        {mutation.error && !shownByField(mutation.error) && <Alert color="red" role="alert">{errorMessage(mutation.error, t)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={save} loading={mutation.isPending} data-testid="save-bulletin">{t('common.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

const FIELDS = ['title', 'message', 'audience', 'service', 'category_id', 'starts_at', 'ends_at'];

/** A 422 naming a field of the form is shown next to that field, not again above the buttons. */
function shownByField(error: Error): boolean {
  return isApiError(error, 422) && Object.keys(error.fieldErrors()).some((k) => FIELDS.includes(k));
}
