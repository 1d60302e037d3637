import { useEffect, useState } from 'react';
import type { Theme } from '../../../shared/settings';

const darkQuery = '(prefers-color-scheme: dark)';

/** Resolves 'system' against the OS preference, follows OS changes live, and sets `data-theme` on <html>. */
export function useAppliedTheme(theme: Theme): 'light' | 'dark' {
  const [systemDark, setSystemDark] = useState(() => window.matchMedia(darkQuery).matches);
  useEffect(() => {
    const media = window.matchMedia(darkQuery);
    const onChange = (event: MediaQueryListEvent) => setSystemDark(event.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  const applied = theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
  useEffect(() => {
    document.documentElement.dataset.theme = applied;
  }, [applied]);
  return applied;
}

export const nextTheme: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'system' };
