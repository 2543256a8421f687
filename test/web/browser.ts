/**
 * Shared by the browser tests and the screenshot script: Debian's Chromium
 * driven by playwright-core (no browser download), launched with a fresh
 * profile and nothing that reaches the network on its own; and axe-core
 * injected from node_modules.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The Chromium to drive: PARALLAX_CHROMIUM, else Debian's. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.PARALLAX_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => p !== undefined && p !== '');
  return candidates.find((p) => existsSync(p));
}

export const SKIP_MESSAGE = 'no Chromium found (install Debian\'s chromium, as .ci/run does, or set PARALLAX_CHROMIUM): browser tests skipped';

export async function launch(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[]; readonly failureSummary?: string }[];
}

/** axe-core's violations on the page as it is (the context must bypass the CSP to inject it). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

/** One line per violation, for an assertion message. */
export function describeViolations(url: string, v: readonly AxeViolation[]): string {
  return v.map((x) => `${url}: ${x.id} (${x.impact}) ${x.help} at ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n');
}
