import { useEffect, useMemo, useRef, useState } from 'react';
import { providerDefinitions } from '../../../../shared/providers/registry';
import { sandboxes } from '../../../../shared/providers/sandboxes';
import type { ProviderId } from '../../../../shared/providers/types';
import { invoke } from '../../ipc/client';
import { useIpcQuery } from '../../ipc/hooks';
import { useOpenEndpoint } from '../workbench/useOpenEndpoint';
import { useWorkbenchActions } from '../workbench/WorkbenchContext';
import { rankEntries } from './palette-rank';
import {
  usePaletteCommands,
  useSavedRequestEntries,
  type PaletteActions,
  type PaletteEntry,
} from './usePaletteCommands';

type Command = PaletteEntry;
import { copyAsCode } from '../code/copy-as-code';

/** Ctrl/Cmd+K: run a command, or jump to any sandbox, endpoint, saved request, profile or recent request. */
export function CommandPalette({ onClose, ...actions }: { readonly onClose: () => void } & PaletteActions) {
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const workbench = useWorkbenchActions();
  const openEndpoint = useOpenEndpoint();
  const profiles = useIpcQuery('profiles.list', {});
  const history = useIpcQuery('history.list', { limit: 30 });
  const ownCommands = usePaletteCommands(actions);
  const saved = useSavedRequestEntries();
  useEffect(() => input.current?.focus(), []);

  const commands = useMemo<Command[]>(() => {
    const list: Command[] = [...ownCommands];
    for (const s of sandboxes)
      list.push({
        id: `s-${s.id}`,
        kind: 'Sandbox',
        label: s.name,
        detail: s.tagline,
        run: () => workbench.selectSandbox(s.id),
      });
    const active = workbench.activeTab();
    if (active)
      for (const [target, label] of [
        ['curl', 'Copy as cURL'],
        ['curl-cmd', 'Copy as cURL (Windows cmd)'],
      ] as const)
        list.push({
          id: `a-${target}`,
          kind: 'Action',
          label,
          detail: `${active.title}: secrets as environment variables`,
          run: () => void copyAsCode(active.draft, target),
        });
    for (const definition of Object.values(providerDefinitions)) {
      for (const endpoint of definition.catalog) {
        list.push({
          id: `e-${definition.id}-${endpoint.id}`,
          kind: 'Endpoint',
          label: endpoint.name,
          detail: `${definition.name} · ${endpoint.method} ${endpoint.path}`,
          run: () => openEndpoint(definition.id, endpoint),
        });
      }
    }
    list.push(...saved);
    for (const profile of profiles.data ?? []) {
      list.push({
        id: `p-${profile.id}`,
        kind: 'Profile',
        label: profile.name,
        detail: `${profile.providerId} · ${profile.environment}`,
        run: () => {
          void invoke('profiles.lastUsed.set', { providerId: profile.providerId, profileId: profile.id });
          const active = workbench.activeTab();
          if (active && active.draft.sandbox === profile.providerId)
            workbench.edit(active.id, { ...active.draft, profileId: profile.id });
          else workbench.selectSandbox(profile.providerId as ProviderId);
        },
      });
    }
    for (const entry of history.data ?? []) {
      list.push({
        id: `h-${entry.id}`,
        kind: 'History',
        label: entry.title || entry.id,
        detail: `${entry.sandbox} · ${entry.at}`,
        run: () =>
          void invoke('history.get', { id: entry.id }).then((full) =>
            workbench.open({ title: full.title || 'From history', draft: full.draft }),
          ),
      });
    }
    return list;
  }, [ownCommands, saved, profiles.data, history.data, workbench, openEndpoint]);

  const shown = rankEntries(commands, query).slice(0, 50);
  const run = (command: Command | undefined) => {
    if (!command) return;
    onClose();
    command.run();
  };

  return (
    <div className="palette-backdrop" onMouseDown={onClose}>
      <div
        className="palette"
        role="dialog"
        aria-modal="true"
        aria-label="Command palette"
        onMouseDown={(e) => e.stopPropagation()}
      >
        <input
          ref={input}
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-activedescendant={shown[index] ? `palette-${shown[index].id}` : undefined}
          aria-label="Run a command or jump to an endpoint, saved request, profile, sandbox or history item"
          placeholder="Run a command (theme, save, settings…) or jump to an endpoint, saved request, profile…"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setIndex(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setIndex((i) => Math.min(i + 1, shown.length - 1));
            else if (e.key === 'ArrowUp') setIndex((i) => Math.max(i - 1, 0));
            else if (e.key === 'Enter') run(shown[index]);
            else if (e.key === 'Escape') onClose();
            else return;
            e.preventDefault();
          }}
        />
        <ul id="palette-list" role="listbox" className="palette-list">
          {shown.map((command, i) => (
            <li
              key={command.id}
              id={`palette-${command.id}`}
              role="option"
              aria-selected={i === index}
              onMouseEnter={() => setIndex(i)}
              onClick={() => run(command)}
            >
              <span className="palette-kind">{command.kind}</span>
              <span className="palette-label">{command.label}</span>
              <span className="palette-detail muted">{command.detail}</span>
            </li>
          ))}
          {shown.length === 0 ? <li className="empty-state">Nothing matches “{query}”.</li> : null}
        </ul>
      </div>
    </div>
  );
}
