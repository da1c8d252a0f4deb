import { Badge, Group } from '@mantine/core';
import { IconRoute } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '@/api/generated';

export function ArticleBadges({ article }: { article: Pick<ArticleSummary, 'kind' | 'status' | 'visibility' | 'language'> }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap">
      {article.kind === 'guide' && <Badge size="sm" variant="light" color="violet" leftSection={<IconRoute size={12} aria-hidden />}>{t('kb.kind.guide')}</Badge>}
      <Badge size="sm" variant="light" color={article.status === 'published' ? 'green' : article.status === 'draft' ? 'yellow' : 'gray'}>
        {t(`kb.status.${article.status}`)}
      </Badge>
      <Badge size="sm" variant="light" color={article.visibility === 'public' ? 'teal' : 'gray'}>{t(`kb.visibility.${article.visibility}`)}</Badge>
      <Badge size="sm" variant="default">{article.language.toUpperCase()}</Badge>
    </Group>
  );
}

