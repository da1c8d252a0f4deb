import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportOut, ReportRow, ReportTable } from '@/api/generated';

export type Values = Record<string, number | null>;

export function tableOf(report: ReportOut | undefined, name: string, period: 'current' | 'previous' = 'current'): ReportTable | undefined {
  return report?.[period].tables.find((t) => t.name === name);
}

export function rowOf(table: ReportTable | undefined, key: string): ReportRow | undefined {
  return table?.rows.find((r) => r.key === key);
}

/** Which kind of number a column holds, from its name. */
export function kindOf(column: string): 'seconds' | 'ratio' | 'decimal' | 'count' {
  if (column.endsWith('seconds')) return 'seconds';
  if (column === 'share' || column.endsWith('rate') || column.endsWith('achievement') || column === 'satisfied_share') return 'ratio';
  if (column === 'average_rating' || column === 'agents_on_duty' || column === 'arrivals_per_agent_hour' || column === 'open_hours') return 'decimal';
  return 'count';
}

/** Numbers, shares and durations in the reader's language. */
export function useReportFormat() {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const count = new Intl.NumberFormat(locale);
    const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const duration = (seconds: number) => {
      const minutes = Math.round(seconds / 60);
      if (minutes < 60) return t('reports.units.minutes', { count: minutes });
      const hours = Math.floor(minutes / 60);
      if (hours < 24) return t('reports.units.hoursMinutes', { hours, minutes: String(minutes % 60).padStart(2, '0') });
      return t('reports.units.daysHours', { days: Math.floor(hours / 24), hours: hours % 24 });
    };
    const value = (column: string, v: number | null | undefined) => {
      if (v === null || v === undefined) return '—';
      switch (kindOf(column)) {
        case 'seconds':
          return duration(v);
        case 'ratio':
          return percent.format(v);
        case 'decimal':
          return decimal.format(v);
        default:
          return count.format(v);
      }
    };
    return { value, duration, percent: (v: number) => percent.format(v), count: (v: number) => count.format(v) };
  }, [locale, t]);
}

/** The row's label in the reader's language where it names a status, priority, channel... */
export function useRowLabel() {
  const { t, i18n } = useTranslation();
  return (table: string, row: ReportRow) => {
    if (row.key === 'none') return t('reports.none');
    for (const prefix of ['reports.keys', 'status', 'priority', 'channel']) {
      const key = `${prefix}.${row.key}`;
      if (i18n.exists(key)) return t(key);
    }
    if (table === 'staffing') {
      const [day, hour] = row.key.split(':');
      return `${t(`reports.weekdays.${day}`)} ${hour}:00`;
    }
    return row.label;
  };
}
