import type { MainDeps } from '../../deps';
import type { Handlers } from '../router';

export function createAppHandlers(deps: Pick<MainDeps, 'paths' | 'runtime'>): Pick<Handlers, 'app.info'> {
  return {
    'app.info': () => ({
      name: deps.runtime.name,
      version: deps.runtime.version,
      platform: deps.runtime.platform,
      versions: { node: process.versions.node, electron: deps.runtime.electron, chrome: deps.runtime.chrome },
      paths: { ...deps.paths },
    }),
  };
}
