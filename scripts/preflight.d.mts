interface Lockfile {
  packages?: Record<string, { version?: string; optional?: boolean }>;
}
export function staleReason(lock: Lockfile, installed: Lockfile | null): string | null;
export function findChromium(
  env?: Record<string, string | undefined>,
  exists?: (file: string) => boolean,
): string | null;
export function foldEngineWarnings(stderr: string, nodeVersion?: string): string;
