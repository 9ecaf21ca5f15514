/**
 * Timestamps along the way from a page change to the panel (read, sent, matched, shown), for the
 * panel benchmark (scripts/bench-panel.ts). Every call site is guarded by `E2E_BUILD`, so only the
 * e2e build records them; the shipped build carries none (tests/unit/shipped-build.test.ts).
 */
export type Trace = Record<string, number>;

/** Milliseconds since the epoch with sub-millisecond precision, comparable across the page, the background and the panel. */
export function traceTime(): number {
  return performance.timeOrigin + performance.now();
}

/** Adds the trace so far and these stages to a message. */
export function addTrace(message: object, earlier: Trace | undefined, stages: Trace): void {
  (message as { trace?: Trace }).trace = { ...earlier, ...stages };
}

/** The trace a message carries, if any. */
export function traceOf(message: unknown): Trace | undefined {
  return (message as { trace?: Trace }).trace;
}
