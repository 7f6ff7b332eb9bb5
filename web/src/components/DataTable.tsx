import type { ReactNode } from 'react';
import { Center, Loader, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

interface DataTableProps {
  /** Header cells (the content of one `<Table.Tr>`). */
  head: ReactNode;
  /** Body rows. */
  children: ReactNode;
  isLoading?: boolean;
  error?: unknown;
  isEmpty?: boolean;
  emptyText?: string;
  /** Minimum width before horizontal scrolling starts. */
  minWidth?: number;
  testId?: string;
  /** Content under the table (e.g. "load more"). */
  footer?: ReactNode;
}

/** Dense bordered table with loading, error and empty states, scrolling sideways on narrow screens. */
export function DataTable({
  head,
  children,
  isLoading,
  error,
  isEmpty,
  emptyText,
  minWidth = 720,
  testId,
  footer,
}: DataTableProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" className="nr-table-card">
      {error ? (
        <Stack p="md">
          <ErrorAlert error={error} />
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={minWidth} type="native">
          <Table
            striped
            highlightOnHover
            verticalSpacing={6}
            horizontalSpacing="sm"
            fz="sm"
            data-testid={testId}
            className="nr-table"
          >
            <Table.Thead>
              <Table.Tr>{head}</Table.Tr>
            </Table.Thead>
            <Table.Tbody>{children}</Table.Tbody>
          </Table>
          {isLoading && (
            <Center py="xl">
              <Loader size="sm" color="navy" />
            </Center>
          )}
          {!isLoading && isEmpty && (
            <Center py="xl">
              <Text size="sm" c="dimmed">
                {emptyText ?? t('common.noData')}
              </Text>
            </Center>
          )}
        </Table.ScrollContainer>
      )}
      {footer}
    </Paper>
  );
}

interface ThProps {
  children?: ReactNode;
  width?: number | string;
  minWidth?: number;
  align?: 'left' | 'right' | 'center';
}

/** Header cell with the dense table style. */
export function Th({ children, width, minWidth, align }: ThProps) {
  return (
    <Table.Th w={width} miw={minWidth} ta={align} className="nr-th">
      {children}
    </Table.Th>
  );
}
