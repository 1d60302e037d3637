/** Resolves variables through ordered layers (weakest first); see the order in ./types.ts. */

export interface LayerVariable {
  readonly value: string;
  readonly secret: boolean;
  readonly allowedOrigins: readonly string[];
}

export interface VariableLayer {
  /** 'global', 'collection', 'environment staging', 'folder users/admin', 'profile'… */
  readonly label: string;
  readonly variables: ReadonlyMap<string, LayerVariable>;
}

export interface ResolvedVariable extends LayerVariable {
  readonly layer: string;
}

export function resolveLayers(layers: readonly VariableLayer[]): Map<string, ResolvedVariable> {
  const resolved = new Map<string, ResolvedVariable>();
  for (const layer of layers)
    for (const [name, variable] of layer.variables) resolved.set(name, { ...variable, layer: layer.label });
  return resolved;
}

/** Whether a secret may go to `url`: its origin must be one of the secret's allowed origins. */
export function originAllowed(url: string, allowedOrigins: readonly string[]): boolean {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return false;
  }
  return allowedOrigins.includes(origin);
}
