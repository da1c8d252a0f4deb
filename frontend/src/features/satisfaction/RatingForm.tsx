import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/components/States';
import { RatingPicker } from './RatingPicker';

/** The choice and the optional comment; sent as one answer, changeable while `canRate`. */
export function RatingForm({
  initialRating,
  initialComment,
  answered,
  onSubmit,
  pending,
  error,
  name,
}: {
  initialRating: number | null;
  initialComment: string | null;
  answered: boolean;
  onSubmit: (body: { rating: number; comment: string | null }) => void;
  pending: boolean;
  error: unknown;
  name: string;
}) {
  const { t } = useTranslation();
  const [rating, setRating] = useState<number | null>(initialRating);
  const [comment, setComment] = useState(initialComment ?? '');
  return (
    <Stack gap="sm">
      <Text size="sm" fw={600}>{t('satisfaction.question')}</Text>
      <RatingPicker name={name} value={rating} onChange={setRating} disabled={pending} />
      <Textarea
        label={t('satisfaction.comment')}
        description={t('satisfaction.commentHelp')}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        maxLength={2000}
        autosize
        minRows={2}
      />
      {error ? <Alert color="red" role="alert">{errorMessage(error, t)}</Alert> : null}
      <Group>
        <Button
          onClick={() => rating !== null && onSubmit({ rating, comment: comment.trim() || null })}
          disabled={rating === null}
          loading={pending}
        >
          {answered ? t('satisfaction.change') : t('satisfaction.send')}
        </Button>
      </Group>
    </Stack>
  );
}
