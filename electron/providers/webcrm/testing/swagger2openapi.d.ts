// swagger2openapi ships no types: the one call the request validator makes.
declare module 'swagger2openapi' {
  export function convertObj(
    swagger: unknown,
    options: { patch?: boolean; warnOnly?: boolean },
  ): Promise<{ openapi: Record<string, unknown> }>;
}
