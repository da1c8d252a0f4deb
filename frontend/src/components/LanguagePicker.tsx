import { Select } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGE_NAMES, LANGUAGES } from '@/i18n';

export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  return (
    <Select
      aria-label={t('common.language')}
      data={LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }))}
      value={currentLanguage()}
      onChange={(value) => value && void i18n.changeLanguage(value)}
      allowDeselect={false}
      leftSection={<IconLanguage size={16} aria-hidden />}
      w={150}
      size="xs"
      comboboxProps={{ withinPortal: true }}
      data-testid="language-picker"
    />
  );
}
