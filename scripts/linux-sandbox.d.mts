export function chromeSandboxProblem(system: {
  platform: string;
  electronBinary: string;
  stat: (file: string) => { uid: number; mode: number } | null;
  readText: (file: string) => string | null;
}): string | null;
export function exitIfSandboxCannotStart(electronBinary: string): void;
