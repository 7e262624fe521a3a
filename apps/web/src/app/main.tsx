import '@mantine/core/styles.css';
import './app.css';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './apollo-client';
import { currentLanguage, setUpI18n } from './i18n';
import { AppRoutes } from './router';
import { SessionProvider } from './session';
import { cssVariablesResolver, theme } from './theme';

async function start(): Promise<void> {
  await setUpI18n();
  const client = createApolloClient(currentLanguage);
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <ApolloProvider client={client}>
          <SessionProvider>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </SessionProvider>
        </ApolloProvider>
      </MantineProvider>
    </StrictMode>,
  );
}

void start();
