/** The app's format client (its worker), created once and terminated when the provider unmounts. */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { createFormatClient, type FormatClient } from './format-client';

const FormatClientContext = createContext<FormatClient | null>(null);

export function FormatClientProvider({ children }: { readonly children: ReactNode }) {
  const [client] = useState(() => createFormatClient());
  useEffect(() => () => client.dispose(), [client]);
  return <FormatClientContext.Provider value={client}>{children}</FormatClientContext.Provider>;
}

export function useFormatClient(): FormatClient {
  const client = useContext(FormatClientContext);
  if (!client) throw new Error('useFormatClient used outside <FormatClientProvider>');
  return client;
}
