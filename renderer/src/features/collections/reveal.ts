/** "Reveal in collection" from a tab: the collection tree clears its filter and focuses the saved request. */
const REVEAL_EVENT = 'parley:reveal-in-collection';

export function revealInCollection(file: string): void {
  window.dispatchEvent(new CustomEvent(REVEAL_EVENT, { detail: file }));
}

export function onReveal(listener: (file: string) => void): () => void {
  const handle = (event: Event) => listener((event as CustomEvent<string>).detail);
  window.addEventListener(REVEAL_EVENT, handle);
  return () => window.removeEventListener(REVEAL_EVENT, handle);
}
