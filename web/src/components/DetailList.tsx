import type { ReactNode } from 'react';
import { Box, Text } from '@mantine/core';

export interface DetailItem {
  label: string;
  value: ReactNode;
}

/** Two-column label/value list for object details. */
export function DetailList({ items }: { items: DetailItem[] }) {
  return (
    <Box component="dl" className="nr-detail-list">
      {items.map((item) => (
        <Box key={item.label} className="nr-detail-row">
          <Text component="dt" size="xs" c="dimmed" fw={500}>
            {item.label}
          </Text>
          <Box component="dd" fz="sm">
            {item.value}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
