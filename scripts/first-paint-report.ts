/**
 * A Vite plugin that reports what the first paint costs: the entry chunk plus everything it imports
 * statically, and the lazily loaded chunks (Monaco) apart. Writes build-report.json beside the build.
 */
import type { Plugin } from 'vite';

interface ChunkLike {
  readonly type: 'chunk';
  readonly fileName: string;
  readonly code: string;
  readonly isEntry: boolean;
  readonly imports: readonly string[];
}

export interface BuildReport {
  readonly firstPaint: { readonly files: string[]; readonly bytes: number };
  readonly lazy: { readonly files: string[]; readonly bytes: number };
}

export function firstPaintReport(): Plugin {
  return {
    name: 'parley-first-paint-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, ChunkLike>();
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') chunks.set(output.fileName, output);
      }
      const firstPaint = new Set<string>();
      const visit = (fileName: string) => {
        if (firstPaint.has(fileName)) return;
        firstPaint.add(fileName);
        chunks.get(fileName)?.imports.forEach(visit);
      };
      for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
      const size = (files: string[]) => files.reduce((sum, f) => sum + Buffer.byteLength(chunks.get(f)?.code ?? ''), 0);
      const first = [...firstPaint];
      const lazy = [...chunks.keys()].filter((f) => !firstPaint.has(f));
      const report: BuildReport = {
        firstPaint: { files: first, bytes: size(first) },
        lazy: { files: lazy, bytes: size(lazy) },
      };
      this.emitFile({ type: 'asset', fileName: 'build-report.json', source: JSON.stringify(report, null, 2) });
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
      this.info(
        `first-paint JavaScript: ${kb(report.firstPaint.bytes)} in ${first.length} file(s); lazily loaded: ${kb(report.lazy.bytes)} in ${lazy.length} file(s)`,
      );
    },
  };
}
