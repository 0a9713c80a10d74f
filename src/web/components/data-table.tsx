import { Paper, Table } from '@mantine/core';
import type { ReactNode } from 'react';

interface DataTableProps {
  /** The table's accessible name (also the name of its scrollable region). */
  readonly label: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  readonly minWidth: number;
  readonly children: ReactNode;
}

/** A list as a table in a bordered box that scrolls sideways on narrow screens (and by keyboard). */
export function DataTable({ label, minWidth, children }: DataTableProps) {
  return (
    <Paper withBorder radius="md">
      {/* Positioned, so visually hidden cell text stays inside the scrolling box instead of widening the page. */}
      <Table.ScrollContainer
        minWidth={minWidth}
        type="native"
        tabIndex={0}
        role="region"
        aria-label={label}
        pos="relative"
      >
        <Table striped highlightOnHover verticalSpacing="sm" horizontalSpacing="md" aria-label={label}>
          {children}
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
