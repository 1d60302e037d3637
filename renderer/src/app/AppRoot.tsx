/** The whole app as one lazily loaded chunk: its query client, the workbench and the shell. */
import { useState } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { SandboxId } from '../../../shared/providers/sandboxes';
import { App } from './App';

export function AppRoot({ startIn }: { readonly startIn: SandboxId | null }) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 } },
      }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <App startIn={startIn} />
    </QueryClientProvider>
  );
}
