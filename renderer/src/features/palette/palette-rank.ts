/**
 * Palette matching: every typed word must appear somewhere in an entry; entries whose name is exactly what
 * was typed come first, then names that start with it, then names with a word starting with it, then the rest.
 * Within a rank the entries keep their order (commands, sandboxes, endpoints, saved, profiles, history).
 */
export interface Rankable {
  readonly label: string;
  readonly detail: string;
  readonly kind: string;
}

function rankOf(entry: Rankable, query: string, words: readonly string[]): number | null {
  const label = entry.label.toLowerCase();
  const haystack = `${label} ${entry.detail.toLowerCase()} ${entry.kind.toLowerCase()}`;
  if (!words.every((word) => haystack.includes(word))) return null;
  if (label === query) return 0;
  if (label.startsWith(query)) return 1;
  if (label.split(/[^a-z0-9]+/).some((word) => word.startsWith(query))) return 2;
  if (words.every((word) => label.includes(word))) return 3;
  return 4;
}

export function rankEntries<T extends Rankable>(entries: readonly T[], typed: string): T[] {
  const query = typed.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!query) return [...entries];
  const words = query.split(' ');
  return entries
    .map((entry, index) => ({ entry, index, rank: rankOf(entry, query, words) }))
    .filter((scored): scored is { entry: T; index: number; rank: number } => scored.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((scored) => scored.entry);
}
