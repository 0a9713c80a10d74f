import { useSearchParams } from 'react-router';
import type { ListQuery } from './registry-api';

/** A list's filters and sort as the URL's query string, so a filtered list can be shared or reloaded. */
export function useListParams<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? undefined])) as Record<
    K,
    string | undefined
  >;
  function set(patch: Partial<Record<K, string | null>>) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(patch) as Array<[K, string | null | undefined]>) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  }
  /** Clicking a sorted column flips its direction; another column sorts ascending. */
  function toggleSort(key: string) {
    const sort = params.get('sort');
    const direction = params.get('direction');
    set({
      sort: key,
      direction: sort === key && direction !== 'desc' ? 'desc' : 'asc',
    } as Partial<Record<K, string>>);
  }
  const query: ListQuery = values;
  return { values, query, set, toggleSort };
}
