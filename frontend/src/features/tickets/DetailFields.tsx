import { Checkbox, Select, SimpleGrid, TextInput } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { DetailFieldSchema } from '@/api/generated';
import type { DetailInput } from '@/lib/details';

const NumberDetailField = lazy(() => import('./NumberDetailField'));

/** The category's detail fields, rendered from its definition (GET /categories). */
export function DetailFields({
  fields,
  values,
  errors,
  onChange,
}: {
  fields: readonly DetailFieldSchema[];
  values: Record<string, DetailInput>;
  errors: Record<string, string | undefined>;
  onChange: (key: string, value: DetailInput) => void;
}) {
  const { t } = useTranslation();
  if (!fields.length) return null;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} data-testid="detail-fields">
      {fields.map((field) => {
        const common = {
          label: field.label,
          required: field.required ?? false,
          error: errors[field.key],
          'data-field': field.key,
        };
        const value = values[field.key];
        switch (field.type) {
          case 'boolean':
            return (
              <Checkbox
                key={field.key}
                label={field.label}
                error={errors[field.key]}
                checked={value === true}
                onChange={(e) => onChange(field.key, e.currentTarget.checked)}
                mt="lg"
              />
            );
          case 'choice':
            return (
              <Select
                key={field.key}
                {...common}
                data={field.choices ?? []}
                value={typeof value === 'string' ? value : null}
                onChange={(v) => onChange(field.key, v)}
                clearable={!field.required}
                searchable
              />
            );
          case 'integer':
          case 'number':
            return (
              <Suspense
                key={field.key}
                fallback={<TextInput label={field.label} required={common.required} disabled />}
              >
                <NumberDetailField
                  {...common}
                  value={typeof value === 'number' || typeof value === 'string' ? value : ''}
                  onChange={(v) => onChange(field.key, v)}
                  allowDecimal={field.type === 'number'}
                />
              </Suspense>
            );
          default:
            return (
              <TextInput
                key={field.key}
                {...common}
                value={typeof value === 'string' ? value : ''}
                onChange={(e) => onChange(field.key, e.currentTarget.value)}
                maxLength={field.max_length ?? 500}
                description={field.pattern ? t('details.pattern', { pattern: field.pattern }) : undefined}
              />
            );
        }
      })}
    </SimpleGrid>
  );
}
