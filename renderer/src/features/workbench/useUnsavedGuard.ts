import { useEffect } from 'react';
import { isDirty } from './tabs';
import { useWorkbenchSelector } from './WorkbenchContext';

/**
 * While a tab has unsaved edits, closing or reloading the window is held back: Electron then asks the
 * user in main (`will-prevent-unload`) whether to close without saving.
 */
export function useUnsavedGuard(): void {
  const unsaved = useWorkbenchSelector((state) => state.tabs.tabs.some(isDirty));
  useEffect(() => {
    if (!unsaved) return;
    const hold = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', hold);
    return () => window.removeEventListener('beforeunload', hold);
  }, [unsaved]);
}
