/** React access to the studio client, plus a hook that loads a request's result and reloads on change events. */
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { StudioClient } from '../../../common/api/client';
import type { RequestInput, RequestName, RequestResult } from '../../../common/api/contract';
import type { ChangeTopic } from '../../../common/api/events';

const StudioContext = createContext<StudioClient | null>(null);

export function StudioProvider({ client, children }: { client: StudioClient; children: ReactNode }) {
  return <StudioContext.Provider value={client}>{children}</StudioContext.Provider>;
}

export function useStudio(): StudioClient {
  const client = useContext(StudioContext);
  if (!client) throw new Error('useStudio outside StudioProvider');
  return client;
}

export interface Loaded<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * Calls `name` with `input` (skipped while `input` is null) and calls again whenever one of
 * `topics` changes. `key` must identify the input (inputs are usually fresh objects each render).
 */
export function useRequest<N extends RequestName>(
  name: N,
  input: RequestInput<N> | null,
  key: string,
  topics: ChangeTopic[] = [],
): Loaded<RequestResult<N>> {
  const client = useStudio();
  const [state, setState] = useState<{ data?: RequestResult<N>; error?: Error; loading: boolean }>({
    loading: input !== null,
  });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const topicKey = topics.join(',');

  useEffect(() => {
    if (topics.length === 0) return;
    return client.on('changed', (change) => {
      if (topics.includes(change.topic)) reload();
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- topicKey stands for topics
  }, [client, topicKey, reload]);

  useEffect(() => {
    if (input === null) {
      setState({ loading: false });
      return;
    }
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    client.call(name, input).then(
      (data) => current && setState({ data, loading: false }),
      (error: Error) => current && setState({ error, loading: false }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- key stands for input
  }, [client, name, key, generation]);

  return { data: state.data, error: state.error, loading: state.loading, reload };
}
