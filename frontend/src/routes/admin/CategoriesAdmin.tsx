import { ActionIcon, Alert, Badge, Button, Checkbox, Group, Modal, NumberInput, Paper, Select, SimpleGrid, Stack, Switch, Table, TagsInput, Text, TextInput } from '@mantine/core';
import { notify } from '@/components/notify';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategoryOut, DetailFieldSchema, FieldType } from '@/api/generated';
import { isApiError } from '@/api/problem';
import { Empty, ErrorState, errorMessage, Loading } from '@/components/States';
import { useCategories, useCreateCategory, useUpdateCategory } from '@/features/directory/api';
import { categoryPath } from '@/features/tickets/TicketSidebar';

const FIELD_TYPES: FieldType[] = ['text', 'integer', 'number', 'boolean', 'choice'];

export function CategoriesAdmin() {
  const { t } = useTranslation();
  const categories = useCategories(true);
  const [editing, setEditing] = useState<CategoryOut | 'new' | null>(null);
  const list = categories.data ?? [];
  const rows = list.map((c) => ({ c, path: categoryPath(list, c.id) ?? c.name })).sort((a, b) => a.path.localeCompare(b.path));
  return (
    <Stack>
      <Group justify="flex-end">
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>{t('admin.categories.add')}</Button>
      </Group>
      {categories.isPending ? <Loading /> : categories.isError ? <ErrorState error={categories.error} /> : list.length === 0 ? <Empty title={t('admin.nothing')} /> : (
        <Table.ScrollContainer minWidth={560}>
          <Table highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ticket.category')}</Table.Th>
                <Table.Th>{t('admin.categories.fields')}</Table.Th>
                <Table.Th>{t('people.status')}</Table.Th>
                <Table.Th><span className="skip-link">{t('common.actions')}</span></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ c, path }) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{path}</Table.Td>
                  <Table.Td><Group gap={4}>{c.fields.map((f) => <Badge key={f.key} variant="outline" tt="none" color="gray">{f.label}</Badge>)}</Group></Table.Td>
                  <Table.Td>{c.active ? t('people.active') : <Text span c="dimmed">{t('people.inactive')}</Text>}</Table.Td>
                  <Table.Td><Button size="xs" variant="subtle" onClick={() => setEditing(c)} aria-label={t('admin.editNamed', { name: c.name })}>{t('common.edit')}</Button></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && <CategoryModal category={editing === 'new' ? null : editing} all={list} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function CategoryModal({ category, all, onClose }: { category: CategoryOut | null; all: CategoryOut[]; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateCategory();
  const update = useUpdateCategory();
  const [name, setName] = useState(category?.name ?? '');
  const [parentId, setParentId] = useState<string | null>(category?.parent_id ? String(category.parent_id) : null);
  const [active, setActive] = useState(category?.active ?? true);
  const [fields, setFields] = useState<DetailFieldSchema[]>(category?.fields ?? []);
  const mutation = category ? update : create;
  const errors = isApiError(mutation.error, 422) ? mutation.error.fieldErrors() : {};
  const setField = (i: number, patch: Partial<DetailFieldSchema>) => setFields(fields.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  const save = () => {
    const done = () => { notify({ color: 'green', message: t('admin.saved') }); onClose(); };
    const clean = fields.map((f) => ({ ...f, choices: f.type === 'choice' ? f.choices ?? [] : null, pattern: f.pattern || null }));
    if (category) update.mutate({ id: category.id, body: { name, parent_id: parentId ? Number(parentId) : null, active, fields: clean } }, { onSuccess: done });
    else create.mutate({ name, parent_id: parentId ? Number(parentId) : null, fields: clean }, { onSuccess: done });
  };
  return (
    <Modal opened onClose={onClose} title={category ? t('admin.categories.edit') : t('admin.categories.add')} size="xl">
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('people.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required error={errors.name} data-autofocus />
          <Select label={t('admin.categories.parent')} data={all.filter((c) => c.id !== category?.id).map((c) => ({ value: String(c.id), label: categoryPath(all, c.id) ?? c.name }))} value={parentId} onChange={setParentId} clearable searchable />
        </SimpleGrid>
        {category && <Switch label={t('people.active')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />}
        <Text fw={600}>{t('admin.categories.fields')}</Text>
        {fields.map((f, i) => (
          <Paper key={i} withBorder p="sm" radius="md">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label={t('admin.categories.key')} value={f.key} onChange={(e) => setField(i, { key: e.currentTarget.value })} error={errors[`fields.${i}.key`]} required />
              <TextInput label={t('admin.categories.label')} value={f.label} onChange={(e) => setField(i, { label: e.currentTarget.value })} error={errors[`fields.${i}.label`]} required />
              <Select label={t('admin.categories.type')} data={FIELD_TYPES.map((x) => ({ value: x, label: t(`fieldType.${x}`) }))} value={f.type} onChange={(v) => v && setField(i, { type: v as FieldType })} allowDeselect={false} />
              {f.type === 'choice' && <TagsInput label={t('admin.categories.choices')} value={f.choices ?? []} onChange={(choices) => setField(i, { choices })} />}
              {f.type === 'text' && <NumberInput label={t('admin.categories.maxLength')} value={f.max_length ?? 500} onChange={(v) => setField(i, { max_length: Number(v) || 500 })} min={1} max={5000} />}
              {f.type === 'text' && <TextInput label={t('admin.categories.pattern')} value={f.pattern ?? ''} onChange={(e) => setField(i, { pattern: e.currentTarget.value })} />}
            </SimpleGrid>
            <Group justify="space-between" mt="xs">
              <Checkbox label={t('admin.categories.required')} checked={f.required ?? false} onChange={(e) => setField(i, { required: e.currentTarget.checked })} />
              <ActionIcon variant="subtle" color="red" onClick={() => setFields(fields.filter((_, j) => j !== i))} aria-label={t('admin.categories.removeField', { name: f.label || f.key })}><IconTrash size={16} aria-hidden /></ActionIcon>
            </Group>
          </Paper>
        ))}
        <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setFields([...fields, { key: '', label: '', type: 'text', required: false }])} w="fit-content">{t('admin.categories.addField')}</Button>
        {mutation.error && <Alert color="red" role="alert">{errorMessage(mutation.error, t)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={save} loading={mutation.isPending} disabled={!name.trim()}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
