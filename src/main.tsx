import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { startTheme } from './app/theme/use-theme.ts';
import { editorStore } from './store/index.ts';
import './styles/global.css';

// Dev/test aid: e2e tests and the console can read the store (never in production builds).
if (import.meta.env.DEV)
  (window as unknown as { __editorStore: unknown }).__editorStore = editorStore;

// Before the first render, so a remembered dark theme never flashes light.
startTheme();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
