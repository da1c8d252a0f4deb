import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTicket, useTicketList } from '@/features/tickets/api';

/** Find another ticket by its number (or reference) or by words of its text. */
export function TicketPicker({
  label,
  value,
  onChange,
  exclude,
  error,
  testId,
}: {
  label: string;
  value: number | null;
  onChange: (number: number | null) => void;
  exclude: number;
  error?: string;
  testId?: string;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const digits = /^(?:[A-Za-z]+-)?(\d{1,9})$/.exec(debounced)?.[1];
  const byNumber = useTicket(digits ? Number(digits) : 0);
  const byText = useTicketList({ q: debounced, limit: 10 }, debounced.length >= 2 && !digits);
  const found = [...(byNumber.data ? [byNumber.data.ticket] : []), ...(byText.data?.items ?? [])];
  const options = found
    .filter((t, i, all) => t.number !== exclude && all.findIndex((x) => x.number === t.number) === i)
    .map((t) => ({ value: String(t.number), label: `${t.reference} · ${t.subject}` }));
  if (value !== null && !options.some((o) => o.value === String(value))) options.unshift({ value: String(value), label: `#${value}` });
  return (
    <Select
      label={label}
      data={options}
      value={value === null ? null : String(value)}
      onChange={(v) => onChange(v ? Number(v) : null)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      searchable
      clearable
      required
      error={error}
      nothingFoundMessage={debounced ? '—' : undefined}
      data-testid={testId}
    />
  );
}
