import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './app';
import { ApiError } from './auth/api-client';
import { SessionProvider } from './auth/session-context';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // The socket keeps lists fresh; refetches are for catching up, not polling.
      staleTime: 30_000,
      // A 4xx will not change on retry (bad token, no access, no such item); a 5xx or network error may.
      retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
    },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <App />
      </SessionProvider>
    </QueryClientProvider>
  </StrictMode>,
);
