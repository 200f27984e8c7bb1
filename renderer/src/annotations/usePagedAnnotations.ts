/**
 * The table's rows: the total for the filter, and pages of rows loaded only when they scroll into
 * view (offset pages of PAGE rows; the pages one view straddles come in one request). Only the
 * first request for a filter (or after a change) counts the matches; scrolling asks for rows
 * alone, which keeps the count (a scan of every match) out of each scroll. A new filter or a
 * change event drops the cache; answers to an older filter are ignored, so fast typing never
 * shows stale rows.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Annotation } from '../../../common/annotations/annotation';
import type { AnnotationFilter } from '../../../common/annotations/query';
import { useStudio } from '../api/StudioContext';

export const PAGE = 100;

export interface PagedAnnotations {
  total: number | null;
  row(index: number): Annotation | undefined;
  onRange(first: number, last: number): void;
  /** The filter the shown total and rows belong to (JSON). */
  shownKey: string | null;
  error: string | null;
}

export function usePagedAnnotations(filter: AnnotationFilter): PagedAnnotations {
  const studio = useStudio();
  const key = JSON.stringify(filter);
  const [state, setState] = useState<{ key: string | null; total: number | null; pages: Map<number, Annotation[]> }>({
    key: null,
    total: null,
    pages: new Map(),
  });
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const requested = useRef(new Set<string>());
  const range = useRef<[number, number]>([0, 0]);
  const wanted = useRef('');
  /** The `${generation}:${filter}` whose count has been asked for. */
  const counted = useRef('');

  /** Loads the pages `firstPage..lastPage` not asked for yet, in one request (one answer, one render). */
  const load = useCallback(
    (firstPage: number, lastPage: number, forKey: string, gen: number) => {
      const tag = (page: number) => `${gen}:${forKey}:${page}`;
      const missing: number[] = [];
      for (let page = firstPage; page <= lastPage; page++) if (!requested.current.has(tag(page))) missing.push(page);
      if (missing.length === 0) return;
      const from = missing[0]!;
      const to = missing[missing.length - 1]!;
      for (let page = from; page <= to; page++) requested.current.add(tag(page));
      const withTotal = counted.current !== `${gen}:${forKey}`;
      counted.current = `${gen}:${forKey}`;
      studio
        .call('annotations.query', {
          ...(JSON.parse(forKey) as AnnotationFilter),
          limit: (to - from + 1) * PAGE,
          offset: from * PAGE,
          withTotal,
        })
        .then(
          (result) =>
            setState((s) => {
              if (wanted.current !== `${gen}:${forKey}`) return s;
              const same = s.key === forKey;
              const pages = same ? new Map(s.pages) : new Map<number, Annotation[]>();
              for (let page = from; page <= to; page++)
                pages.set(page, result.rows.slice((page - from) * PAGE, (page - from + 1) * PAGE));
              return { key: forKey, total: result.total ?? (same ? s.total : null), pages };
            }),
          (e: Error) => setError(e.message),
        );
    },
    [studio],
  );

  useEffect(() => {
    requested.current.clear();
    wanted.current = `${generation}:${key}`;
    // A change event keeps the rows on screen until fresh ones arrive; a new filter does not.
    setState((s) => (s.key === key ? s : { ...s, key: null }));
    setError(null);
    const [first, last] = range.current;
    load(Math.floor(first / PAGE), Math.floor(last / PAGE), key, generation);
  }, [key, generation, load]);

  useEffect(
    () => studio.on('changed', (change) => change.topic === 'annotations' && setGeneration((g) => g + 1)),
    [studio],
  );

  const onRange = useCallback(
    (first: number, last: number) => {
      range.current = [first, last];
      load(Math.floor(first / PAGE), Math.floor(last / PAGE), key, generation);
    },
    [key, generation, load],
  );

  const current = state.key === key;
  return {
    total: current ? state.total : null,
    row: (index) => (current ? state.pages.get(Math.floor(index / PAGE))?.[index % PAGE] : undefined),
    onRange,
    shownKey: state.key,
    error,
  };
}
