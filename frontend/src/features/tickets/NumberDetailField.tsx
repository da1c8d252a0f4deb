import { NumberInput, type NumberInputProps } from '@mantine/core';

/** Loaded only when a category has a number field: NumberInput weighs 8 kB of every form. */
export default function NumberDetailField(props: NumberInputProps & { 'data-field': string }) {
  return <NumberInput {...props} />;
}
