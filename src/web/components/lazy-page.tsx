import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

// Any component, whatever its props (a page takes its own, e.g. an id).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyComponent = ComponentType<any>;

/**
 * A screen loaded on first visit: each feature's pages become chunks of their own, so the sign-in
 * page downloads only the frame. The signed-in layout's Suspense boundary shows the loading state.
 */
export function lazyPage<M extends Record<K, AnyComponent>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(async () => ({ default: (await load())[name] }));
}
