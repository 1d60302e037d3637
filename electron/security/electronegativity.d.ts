/** The part of Electronegativity's programmatic API the security test uses (the package ships no types). */
declare module '@doyensec/electronegativity' {
  interface Level {
    readonly value: number;
    readonly name: string;
  }
  interface Issue {
    readonly id: string;
    readonly file: string;
    readonly sample: string;
    readonly severity: Level;
    readonly confidence: Level;
  }
  interface RunResult {
    readonly globalChecks: number;
    readonly atomicChecks: number;
    readonly errors: readonly { readonly file: string; readonly message: string; readonly tolerable: boolean }[];
    readonly issues: readonly Issue[];
  }
  interface RunOptions {
    readonly input: string;
    readonly electronVersionOverride?: string;
    readonly isRelative?: boolean;
  }
  type Run = (options: RunOptions, forCli: false) => Promise<RunResult>;
  /** CommonJS `exports.default`: depending on the loader's interop, the function or an object holding it. */
  const runner: Run | { readonly default: Run };
  export default runner;
}
