import { Center, Group, Loader, Paper, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './virtual-table.module.css';

export interface VirtualColumn<T> {
  readonly key: string;
  readonly header: string;
  /** A CSS grid track, e.g. "minmax(8rem, 1fr)". */
  readonly width: string;
  /** When set, the header sorts the list by this key. */
  readonly sortKey?: string;
  render(row: T): ReactNode;
}

export interface VirtualSort {
  readonly key: string;
  readonly direction: 'asc' | 'desc';
}

interface VirtualTableProps<T> {
  /** The table's accessible name. */
  readonly label: string;
  readonly columns: readonly VirtualColumn<T>[];
  readonly rows: readonly T[];
  /** Rows on the server (the list loads more as it scrolls). */
  readonly total: number;
  rowKey(row: T): string;
  readonly sort?: VirtualSort;
  onSort?(key: string): void;
  readonly hasMore: boolean;
  readonly isLoadingMore: boolean;
  loadMore(): void;
  /** Below this width the table scrolls sideways. */
  readonly minWidth: number;
  readonly emptyText: string;
}

const ROW_HEIGHT = 44;

/**
 * A long list as a table that only renders the rows in view and asks for the next page as the
 * reader nears the end: a million rows cost what forty do. Rows are ARIA table rows, so screen
 * readers still read it as a table, with its full row count.
 */
export function VirtualTable<T>(props: VirtualTableProps<T>) {
  const { columns, rows, hasMore, isLoadingMore, loadMore } = props;
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.length > 0 ? items[items.length - 1]!.index : -1;

  useEffect(() => {
    if (hasMore && !isLoadingMore && lastIndex >= rows.length - 40) loadMore();
  }, [hasMore, isLoadingMore, lastIndex, rows.length, loadMore]);

  const template = columns.map((c) => c.width).join(' ');
  return (
    <Paper withBorder radius="md" className={classes.frame}>
      <div
        ref={scrollRef}
        className={classes.scroller}
        role="table"
        aria-label={props.label}
        aria-rowcount={props.total + 1}
        tabIndex={0}
      >
        <div className={classes.inner} style={{ minWidth: props.minWidth }}>
          <div role="rowgroup" className={classes.head}>
            <div
              role="row"
              aria-rowindex={1}
              className={classes.row}
              style={{ gridTemplateColumns: template }}
            >
              {columns.map((column) => (
                <HeaderCell key={column.key} column={column} sort={props.sort} onSort={props.onSort} />
              ))}
            </div>
          </div>
          <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const row = rows[item.index]!;
              return (
                <div
                  key={props.rowKey(row)}
                  role="row"
                  aria-rowindex={item.index + 2}
                  className={`${classes.row} ${classes.bodyRow}`}
                  data-odd={item.index % 2 === 1 || undefined}
                  style={{
                    gridTemplateColumns: template,
                    height: ROW_HEIGHT,
                    transform: `translateY(${item.start}px)`,
                  }}
                >
                  {columns.map((column) => (
                    <div role="cell" key={column.key} className={classes.cell}>
                      {column.render(row)}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
          {rows.length === 0 && !isLoadingMore ? (
            <Text c="dimmed" ta="center" py="xl">
              {props.emptyText}
            </Text>
          ) : null}
          {isLoadingMore ? (
            <Center py="sm" role="status">
              <Loader size="sm" />
              <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
            </Center>
          ) : null}
        </div>
      </div>
    </Paper>
  );
}

function HeaderCell<T>({
  column,
  sort,
  onSort,
}: {
  column: VirtualColumn<T>;
  sort?: VirtualSort;
  onSort?: (key: string) => void;
}) {
  const sortKey = column.sortKey;
  const active = sortKey !== undefined && sort?.key === sortKey;
  const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined;
  return (
    <div role="columnheader" aria-sort={ariaSort} className={`${classes.cell} ${classes.headCell}`}>
      {sortKey && onSort ? (
        <UnstyledButton onClick={() => onSort(sortKey)} className={classes.sortButton}>
          <Group gap={4} wrap="nowrap">
            <span>{column.header}</span>
            <span aria-hidden="true">{active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}</span>
          </Group>
        </UnstyledButton>
      ) : (
        column.header
      )}
    </div>
  );
}
