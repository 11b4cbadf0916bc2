import { keepPreviousData, type QueryKey, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

/** One page of a cursor-paged list: every list endpoint answers `{ items, nextCursor }`. */
export interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}

/** A paged list as the pages see it: the items loaded so far and a way to load more. */
export interface InfiniteList<T> {
  /** Every item loaded so far, across pages (empty until the first page arrives). */
  items: T[];
  /** The same items once the first page has arrived, undefined before (what QueryBoundary reads). */
  data: T[] | undefined;
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => void;
  /** Reload every loaded page (for lists that change without the user doing anything). */
  refetch: () => void;
  isRefetching: boolean;
}

const NO_ITEMS: never[] = [];

/**
 * The one cursor-paged query of the web app: `fetchPage(cursor)` loads a page, the next cursor
 * comes from the page itself, and the pages are flattened into one list of items.
 */
export function useInfiniteList<T>({
  queryKey,
  fetchPage,
  enabled = true,
  keepPrevious = false,
}: {
  queryKey: QueryKey;
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>;
  enabled?: boolean;
  /** Keep showing the previous list while a changed filter loads (no flash of "loading"). */
  keepPrevious?: boolean;
}): InfiniteList<T> {
  const query = useInfiniteQuery({
    queryKey,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
    placeholderData: keepPrevious ? keepPreviousData : undefined,
  });
  const pages = query.data?.pages;
  const data = useMemo(() => pages?.flatMap((page) => page.items), [pages]);
  const { fetchNextPage, refetch } = query;
  return {
    items: data ?? NO_ITEMS,
    data,
    isPending: query.isPending,
    isError: query.isError,
    error: query.error,
    hasNextPage: query.hasNextPage,
    isFetchingNextPage: query.isFetchingNextPage,
    fetchNextPage: () => void fetchNextPage(),
    refetch: () => void refetch(),
    isRefetching: query.isRefetching,
  };
}
