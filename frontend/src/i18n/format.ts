import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Dates, numbers and sizes in the reader's language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const number = new Intl.NumberFormat(locale);
    const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    const units: [Intl.RelativeTimeFormatUnit, number][] = [
      ['year', 31536000],
      ['month', 2592000],
      ['week', 604800],
      ['day', 86400],
      ['hour', 3600],
      ['minute', 60],
    ];
    return {
      dateTime: (iso: string) => dateTime.format(new Date(iso)),
      date: (iso: string) => date.format(new Date(iso)),
      number: (n: number) => number.format(n),
      relative: (iso: string, now = Date.now()) => {
        const seconds = Math.round((Date.parse(iso) - now) / 1000);
        for (const [unit, size] of units) {
          if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
        }
        return relative.format(0, 'minute');
      },
      bytes: (n: number) => {
        const unit = n >= 1048576 ? 'megabyte' : n >= 1024 ? 'kilobyte' : 'byte';
        const value = n >= 1048576 ? n / 1048576 : n >= 1024 ? n / 1024 : n;
        return new Intl.NumberFormat(locale, {
          style: 'unit',
          unit,
          unitDisplay: unit === 'byte' ? 'narrow' : 'short',
          maximumFractionDigits: 1,
        }).format(value);
      },
    };
  }, [locale]);
}
