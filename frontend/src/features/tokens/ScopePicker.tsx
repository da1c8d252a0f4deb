import { Checkbox, Code, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Scope } from '@/api/generated';
import { scopeKey } from './scopes';

/** One checkbox per scope the person's role allows; the API refuses any other. */
export function ScopePicker({ offered, value, onChange }: { offered: Scope[]; value: Scope[]; onChange: (scopes: Scope[]) => void }) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group
      label={t('tokens.scopes')}
      description={t('tokens.scopesHelp')}
      value={value}
      onChange={(chosen) => onChange(offered.filter((scope) => chosen.includes(scope)))}
      data-testid="token-scopes"
    >
      <Stack gap={6} mt="xs">
        {offered.map((scope) => (
          <Checkbox
            key={scope}
            value={scope}
            label={
              <Group gap="xs" wrap="nowrap">
                <Code>{scope}</Code>
                <Text size="sm">{t(`tokens.scope.${scopeKey(scope)}`)}</Text>
              </Group>
            }
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
