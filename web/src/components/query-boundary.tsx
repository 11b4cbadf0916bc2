import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorAlert } from './error-alert';
import { Loading } from './loading';

/** What QueryBoundary needs of a query: a TanStack query result or an InfiniteList. */
export interface QueryState<T> {
  isError: boolean;
  error: unknown;
  data: T | undefined;
}

/** A list is empty when it has no elements; so is a page of `{ items }`. */
function isEmptyData(data: unknown): boolean {
  if (Array.isArray(data)) return data.length === 0;
  if (data && typeof data === 'object' && 'items' in data && Array.isArray(data.items)) {
    return data.items.length === 0;
  }
  return false;
}

interface QueryBoundaryProps<T> {
  query: QueryState<T>;
  /** Shown instead of the content when the data is empty (a string becomes a paragraph). */
  empty?: ReactNode;
  /** When the data counts as empty; by default an empty array or an empty `items` array. */
  isEmpty?: (data: T) => boolean;
  /**
   * When a refetch fails, keep showing the data it already has instead of the error (detail
   * pages, whose open forms must not disappear under the user).
   */
  keepDataOnError?: boolean;
  children: (data: T) => ReactNode;
}

/**
 * The loading, error and empty states of one query, in that order, then the content. Every view
 * of server data goes through it, so the states look and read the same everywhere.
 */
export function QueryBoundary<T>({
  query,
  empty,
  isEmpty = isEmptyData,
  keepDataOnError = false,
  children,
}: QueryBoundaryProps<T>) {
  const hasData = query.data !== undefined;
  if (query.isError && !(keepDataOnError && hasData)) return <ErrorAlert error={query.error} />;
  if (!hasData) return <Loading />;
  const data = query.data as T;
  if (empty !== undefined && isEmpty(data)) {
    return typeof empty === 'string' ? <Text>{empty}</Text> : empty;
  }
  return <>{children(data)}</>;
}
