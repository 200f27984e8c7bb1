/** Renderer entry: connect to the studio (IPC or WebSocket, whichever this shell offers) and render. */
import '@mantine/core/styles.css';
import './styles.css';
import { MantineProvider, createTheme } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StudioProvider } from './api/StudioContext';
import { connectStudio } from './api/connect';
import { App } from './shell/App';

const theme = createTheme({ primaryColor: 'cyan', defaultRadius: 'sm' });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="dark">
      <StudioProvider client={connectStudio()}>
        <App />
      </StudioProvider>
    </MantineProvider>
  </StrictMode>,
);
