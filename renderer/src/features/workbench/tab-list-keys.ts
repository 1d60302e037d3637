/**
 * The ARIA tabs pattern for every tab list: one tab in the Tab order (the selected one: roving tabindex),
 * arrow keys, Home and End move to another tab and select it (automatic activation).
 */
import type { KeyboardEvent } from 'react';

/** Props of one tab: only the selected tab is reached with Tab. */
export function rovingTab(selected: boolean): { readonly tabIndex: number } {
  return { tabIndex: selected ? 0 : -1 };
}

const previousKeys = new Set(['ArrowLeft', 'ArrowUp']);
const nextKeys = new Set(['ArrowRight', 'ArrowDown']);

/** The keydown handler for the element with role="tablist". */
export function onTabListKeyDown(event: KeyboardEvent<HTMLElement>): void {
  const { key } = event;
  if (!previousKeys.has(key) && !nextKeys.has(key) && key !== 'Home' && key !== 'End') return;
  const tabs = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]')].filter(
    (tab) => !tab.hasAttribute('disabled') && tab.closest('[role="tablist"]') === event.currentTarget,
  );
  const at = tabs.findIndex((tab) => tab === document.activeElement);
  if (at < 0 || tabs.length === 0) return;
  const last = tabs.length - 1;
  const next =
    key === 'Home'
      ? 0
      : key === 'End'
        ? last
        : previousKeys.has(key)
          ? at === 0
            ? last
            : at - 1
          : at === last
            ? 0
            : at + 1;
  event.preventDefault();
  const target = tabs[next];
  target?.focus();
  target?.click();
}
