/**
 * What a profile import does with each incoming profile: a profile already present (same provider, name and
 * base URL) is skipped, replaced in place (keeping its id and order), or kept beside the new one under a
 * distinct name — the user's choice after a first import reported duplicates.
 */
export type ExistingProfiles = 'skip' | 'replace' | 'keepBoth';

interface Identity {
  readonly id?: string;
  readonly providerId: string;
  readonly name: string;
  readonly baseUrl: string;
}

export interface ImportPlan<T extends { readonly profile: Identity }> {
  readonly insert: readonly T[];
  /** Each incoming profile with the id of the stored profile it replaces. */
  readonly replace: readonly (T & { readonly replaces: string })[];
  readonly skipped: number;
}

export function planImport<T extends { readonly profile: Identity }>(
  stored: readonly (Identity & { readonly id: string })[],
  incoming: readonly T[],
  existing: ExistingProfiles,
): ImportPlan<T> {
  const same = (a: Identity, b: Identity) =>
    a.providerId === b.providerId && a.name === b.name && a.baseUrl === b.baseUrl;
  const names = new Set(stored.map((p) => `${p.providerId}\u0000${p.name}`));
  const freeName = (providerId: string, name: string) => {
    for (let n = 1; ; n += 1) {
      const candidate = `${name} (imported${n === 1 ? '' : ` ${n}`})`.slice(0, 120);
      if (!names.has(`${providerId}\u0000${candidate}`)) {
        names.add(`${providerId}\u0000${candidate}`);
        return candidate;
      }
    }
  };
  const insert: T[] = [];
  const replace: (T & { readonly replaces: string })[] = [];
  let skipped = 0;
  for (const item of incoming) {
    const match = stored.find((p) => same(p, item.profile));
    if (!match) insert.push(item);
    else if (existing === 'replace') replace.push({ ...item, replaces: match.id });
    else if (existing === 'keepBoth')
      insert.push({
        ...item,
        profile: { ...item.profile, name: freeName(item.profile.providerId, item.profile.name) },
      });
    else skipped += 1;
  }
  return { insert, replace, skipped };
}
