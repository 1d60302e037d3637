import { useEffect, useRef } from 'react';

export interface TabMenuProps {
  readonly title: string;
  readonly at: { readonly x: number; readonly y: number };
  readonly canReveal: boolean;
  readonly isLast: boolean;
  readonly onlyTab: boolean;
  readonly onChoose: (command: TabCommand) => void;
  readonly onDismiss: () => void;
}

export type TabCommand = 'close' | 'closeOthers' | 'closeRight' | 'duplicate' | 'rename' | 'reveal' | 'copyCurl';

const items: readonly { command: TabCommand; label: string }[] = [
  { command: 'close', label: 'Close' },
  { command: 'closeOthers', label: 'Close others' },
  { command: 'closeRight', label: 'Close to the right' },
  { command: 'duplicate', label: 'Duplicate' },
  { command: 'rename', label: 'Rename' },
  { command: 'reveal', label: 'Reveal in collection' },
  { command: 'copyCurl', label: 'Copy as cURL' },
];

/** A tab's context menu (right click, the context-menu key or Shift+F10): arrow keys move, Escape closes. */
export function TabMenu({ title, at, canReveal, isLast, onlyTab, onChoose, onDismiss }: TabMenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus();
    const away = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) onDismiss();
    };
    window.addEventListener('pointerdown', away, true);
    return () => window.removeEventListener('pointerdown', away, true);
  }, [onDismiss]);
  const disabled = (command: TabCommand) =>
    (command === 'reveal' && !canReveal) ||
    (command === 'closeRight' && isLast) ||
    (command === 'closeOthers' && onlyTab);
  const move = (by: number) => {
    const buttons = [...(menu.current?.querySelectorAll<HTMLButtonElement>('button:not([disabled])') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    buttons[(at + by + buttons.length) % buttons.length]?.focus();
  };
  return (
    <div
      ref={menu}
      className="tab-menu"
      role="menu"
      aria-label={`${title} tab actions`}
      style={{ left: at.x, top: at.y }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDismiss();
        else if (event.key === 'ArrowDown') move(1);
        else if (event.key === 'ArrowUp') move(-1);
        else return;
        event.preventDefault();
      }}
    >
      {items.map((item) => (
        <button
          key={item.command}
          type="button"
          role="menuitem"
          disabled={disabled(item.command)}
          onClick={() => onChoose(item.command)}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
