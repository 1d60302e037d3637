import { lazy, StrictMode, Suspense, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { SandboxId } from '../../shared/providers/sandboxes';
import { FirstPaint } from './app/FirstPaint';
import './app/styles.css';

// Started before React renders anything, so the app's chunk downloads while the first paint is drawn.
const appChunk = import('./app/AppRoot');
const AppRoot = lazy(() => appChunk.then((module) => ({ default: module.AppRoot })));

/** The first paint until the app's chunk is there; a sandbox picked meanwhile is where the app starts. */
function Root() {
  const [picked, setPicked] = useState<SandboxId | null>(null);
  return (
    <Suspense fallback={<FirstPaint picked={picked} onPick={setPicked} />}>
      <AppRoot startIn={picked} />
    </Suspense>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
