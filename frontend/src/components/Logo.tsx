import { Group, Text } from '@mantine/core';

export function Logo({ size = 'lg' }: { size?: 'md' | 'lg' | 'xl' }) {
  const px = size === 'xl' ? 36 : size === 'lg' ? 28 : 24;
  return (
    <Group gap={8} wrap="nowrap">
      <img src="/favicon.svg" width={px} height={px} alt="" aria-hidden />
      <Text fw={700} size={size} c="dark.8" style={{ letterSpacing: -0.3 }}>
        Sportello
      </Text>
    </Group>
  );
}
