import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { retryUnlessInvalid } from './dataset/dataset-query-options.ts';
import { listenForDataUpdates } from './features/build-report/dev-report-store.ts';
import './styles/theme.css';
import './styles/app.css';

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: retryUnlessInvalid } } });
listenForDataUpdates(queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
