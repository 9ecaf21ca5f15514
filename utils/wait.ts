export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `find` until it returns something (or true), or `timeoutMs` passes; then returns its last answer. */
export async function waitUntil<T>(find: () => T, timeoutMs: number, intervalMs = 25): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let found = find(); ; found = find()) {
    if (found || Date.now() >= deadline) return found;
    await delay(intervalMs);
  }
}
