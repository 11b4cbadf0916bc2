import { Button, Group, Paper, Table, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InfiniteList } from '../api/infinite-list';
import { QueryBoundary, type QueryState } from './query-boundary';

type Paging = Pick<InfiniteList<unknown>, 'hasNextPage' | 'isFetchingNextPage' | 'fetchNextPage'>;

/** "Load more" under a paged list, shown while the server has more pages. */
export function LoadMoreButton({ list }: { list: Partial<Paging> }) {
  const { t } = useTranslation();
  if (!list.hasNextPage) return null;
  return (
    <Group mt="sm">
      <Button variant="default" onClick={list.fetchNextPage} loading={list.isFetchingNextPage ?? false}>
        {t('common.loadMore')}
      </Button>
    </Group>
  );
}

interface ListTableProps<T> {
  /** A paged list (useInfiniteList), or a query whose data is the whole list. */
  list: QueryState<T[]> & Partial<Paging>;
  /** The table's caption; leave it out only when a heading right above names the table. */
  caption?: ReactNode;
  /** The column headers: `<Table.Th scope="col">` cells, in order. */
  head: ReactNode;
  /** Shown instead of the table when the list is empty. */
  empty: ReactNode;
  /** Shown above the table when the list is not empty (a count, say). */
  summary?: (items: T[]) => ReactNode;
  /** One `<Table.Tr key=…>` per item. */
  children: (item: T) => ReactNode;
  /** Mantine table props; the table is striped unless told otherwise. */
  tableProps?: TableProps;
  /** Draw a border around the table (when it does not sit in a bordered section already). */
  framed?: boolean;
}

/**
 * Every paged list of records as a table: loading, error and empty states, a horizontally
 * scrolling captioned table, and "Load more" while there are more pages.
 */
export function ListTable<T>({
  list,
  caption,
  head,
  empty,
  summary,
  children,
  tableProps,
  framed = false,
}: ListTableProps<T>) {
  return (
    <>
      <QueryBoundary query={list} empty={empty}>
        {(items) => {
          const table = (
            <Table striped {...tableProps}>
              {caption ? <Table.Caption>{caption}</Table.Caption> : null}
              <Table.Thead>
                <Table.Tr>{head}</Table.Tr>
              </Table.Thead>
              <Table.Tbody>{items.map(children)}</Table.Tbody>
            </Table>
          );
          return (
            <>
              {summary?.(items)}
              {framed ? (
                <Paper withBorder className="table-scroll">
                  {table}
                </Paper>
              ) : (
                <div className="table-scroll">{table}</div>
              )}
            </>
          );
        }}
      </QueryBoundary>
      <LoadMoreButton list={list} />
    </>
  );
}
