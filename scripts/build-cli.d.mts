import type { BuildResult } from 'esbuild';

export function buildCli(options?: { outdir?: string; write?: boolean }): Promise<BuildResult<{ metafile: true }>>;
