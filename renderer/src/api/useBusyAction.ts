/**
 * An action that calls the studio and shows what went wrong: `busy` while it runs, and the
 * thrown error's message in `message`. The action itself clears or sets `message` on success.
 */
import { useCallback, useState } from 'react';

export function useBusyAction() {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setMessage((error as Error).message);
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, message, setMessage, run };
}
