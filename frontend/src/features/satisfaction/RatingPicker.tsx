import { Group, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconMoodCry, IconMoodEmpty, IconMoodHappy, IconMoodSad, IconMoodSmile } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export const RATINGS = [1, 2, 3, 4, 5] as const;
const FACES = { 1: IconMoodCry, 2: IconMoodSad, 3: IconMoodEmpty, 4: IconMoodSmile, 5: IconMoodHappy } as const;
const COLORS = { 1: 'red', 2: 'orange', 3: 'gray', 4: 'teal', 5: 'green' } as const;

export function isBad(rating: number): boolean {
  return rating <= 2;
}

/**
 * Five faces, from very unhappy to very happy: a group of real radio buttons (arrow keys move
 * between them, screen readers read each face's name), drawn as faces.
 */
export function RatingPicker({
  value,
  onChange,
  disabled = false,
  name,
}: {
  value: number | null;
  onChange: (rating: number) => void;
  disabled?: boolean;
  name: string;
}) {
  const { t } = useTranslation();
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }} disabled={disabled}>
      <VisuallyHidden component="legend">{t('satisfaction.question')}</VisuallyHidden>
      <Group gap="xs" role="presentation">
        {RATINGS.map((rating) => {
          const Face = FACES[rating];
          const chosen = value === rating;
          const color = `var(--mantine-color-${COLORS[rating]}-${chosen ? 7 : 5})`;
          return (
            <UnstyledButton
              key={rating}
              component="label"
              p={6}
              style={{
                borderRadius: 8,
                textAlign: 'center',
                minWidth: 72,
                outline: chosen ? `2px solid ${color}` : '1px solid var(--mantine-color-gray-3)',
                background: chosen ? `var(--mantine-color-${COLORS[rating]}-0)` : undefined,
                cursor: disabled ? 'default' : 'pointer',
              }}
            >
              <VisuallyHidden>
                <input
                  type="radio"
                  name={name}
                  value={rating}
                  checked={chosen}
                  onChange={() => onChange(rating)}
                  aria-label={t(`satisfaction.rating.${rating}`)}
                />
              </VisuallyHidden>
              <Face size={34} stroke={1.6} color={color} aria-hidden />
              <Text size="xs" c={chosen ? undefined : 'dimmed'} fw={chosen ? 700 : 400}>{t(`satisfaction.rating.${rating}`)}</Text>
            </UnstyledButton>
          );
        })}
      </Group>
    </fieldset>
  );
}

/** A rating as a face and its name, for reading. */
export function RatingBadge({ rating }: { rating: number }) {
  const { t } = useTranslation();
  const Face = FACES[rating as keyof typeof FACES] ?? IconMoodEmpty;
  const color = COLORS[rating as keyof typeof COLORS] ?? 'gray';
  return (
    <Group gap={6} data-testid="rating-badge">
      <Face size={22} color={`var(--mantine-color-${color}-7)`} aria-hidden />
      <Text size="sm" fw={600}>{t(`satisfaction.rating.${rating}`)}</Text>
      <Text size="sm" c="dimmed">{t('satisfaction.outOfFive', { rating })}</Text>
    </Group>
  );
}
