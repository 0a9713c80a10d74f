import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ListQuery, Page } from './registry-api';

const PAGE_SIZE = 200;

/** A server-paged list read 200 rows at a time as the reader scrolls (the filters are the query key). */
export function useInfiniteList<T>(
  name: string,
  query: ListQuery,
  fetchPage: (query: ListQuery) => Promise<Page<T>>,
) {
  const result = useInfiniteQuery({
    queryKey: ['registry', 'list', name, query],
    queryFn: ({ pageParam }) => fetchPage({ ...query, limit: String(PAGE_SIZE), offset: String(pageParam) }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.length * PAGE_SIZE;
      return loaded < last.total ? loaded : undefined;
    },
    placeholderData: keepPreviousData,
  });
  const { fetchNextPage, hasNextPage, isFetchingNextPage } = result;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [fetchNextPage, hasNextPage, isFetchingNextPage]);
  return {
    rows: result.data?.pages.flatMap((p) => p.items) ?? [],
    total: result.data?.pages[0]?.total ?? 0,
    isPending: result.isPending,
    isFetching: result.isFetching,
    error: result.error,
    refetch: result.refetch,
    hasMore: hasNextPage,
    isLoadingMore: isFetchingNextPage,
    loadMore,
  };
}
