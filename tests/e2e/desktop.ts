import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * A real X display for the few tests that need the browser's own UI (the permission prompt, which
 * headless Chromium never shows): the session's display when there is one, else a private Xvfb.
 * Needs Xvfb and xdotool (apt-get install -y xvfb xdotool; .ci/run installs them).
 */
export interface Desktop {
  display: string;
  /** Types keys into the focused browser window, as a person at the keyboard would. */
  pressKeys(...keys: string[]): void;
  close(): Promise<void>;
}

function require(tool: string): void {
  if (spawnSync('which', [tool]).status !== 0) throw new Error(`${tool} is missing: apt-get install -y xvfb xdotool`);
}

export async function openDesktop(): Promise<Desktop> {
  require('xdotool');
  let server: ChildProcess | null = null;
  let display = process.env.DISPLAY ?? '';
  if (!display) {
    require('Xvfb');
    const free = [97, 96, 95, 94, 93].find((n) => !existsSync(`/tmp/.X11-unix/X${n}`) && !existsSync(`/tmp/.X${n}-lock`));
    if (free === undefined) throw new Error('no free X display number for Xvfb');
    display = `:${free}`;
    server = spawn('Xvfb', [display, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    const deadline = Date.now() + 10_000;
    while (!existsSync(`/tmp/.X11-unix/X${free}`)) {
      if (Date.now() > deadline) throw new Error(`Xvfb did not start on ${display}`);
      await new Promise((ready) => setTimeout(ready, 50));
    }
  }
  return {
    display,
    pressKeys: (...keys) => {
      const result = spawnSync('xdotool', ['key', '--delay', '150', ...keys], { env: { ...process.env, DISPLAY: display } });
      if (result.status !== 0) throw new Error(`xdotool failed: ${result.stderr.toString()}`);
    },
    close: async () => {
      server?.kill();
    },
  };
}
