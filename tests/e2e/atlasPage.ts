// The visitor's moves, in one place: tests read like a visit, not like selectors.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test as base, type Page } from '@playwright/test';

const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));

/**
 * SwiftShader (software WebGL) reports its own slowness; that is the machine, not the app. Playwright
 * says when it blocks the service worker (playwright.config.ts); that is the harness.
 */
const MACHINE_NOISE = [/GPU stall due to ReadPixels/, /GL Driver Message/, /^Service Worker registration blocked by Playwright$/];

export class AtlasPage {
  readonly consoleProblems: string[] = [];
  readonly foreignRequests: string[] = [];
  private expected: RegExp[] = [];

  constructor(readonly page: Page, private readonly origin: string) {
    page.on('console', (message) => {
      const type = message.type();
      const text = message.text();
      const ignored = [...MACHINE_NOISE, ...this.expected].some((pattern) => pattern.test(text));
      if ((type === 'error' || type === 'warning') && !ignored) {
        this.consoleProblems.push(`${type}: ${text}`);
      }
    });
    page.on('pageerror', (error) => this.consoleProblems.push(`pageerror: ${error.message}`));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(this.origin) && !url.startsWith('data:') && !url.startsWith('blob:')) this.foreignRequests.push(url);
    });
  }

  /** A test that provokes an error (a failed request) says which console line it expects. */
  expectConsoleProblems(pattern: RegExp) {
    this.expected.push(pattern);
  }

  async open(query = '') {
    await this.page.goto(query === '' ? './' : `./?${query}`);
  }

  /** Waits for the app's own signal: map idle with the project layers drawn. */
  async waitForMap() {
    await expect(this.page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
  }

  async screenshot(name: string) {
    mkdirSync(ARTIFACTS, { recursive: true });
    return this.page.screenshot({ path: `${ARTIFACTS}${name}.png` });
  }

  /** The list row that selects a project (its accessible name starts with the project's name;
   * the compare toggle beside it starts with "Compare"). */
  listRow(name: string) {
    return this.page.locator('#project-list').getByRole('button', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  }

  searchParams(): URLSearchParams {
    return new URL(this.page.url()).searchParams;
  }
}

export const test = base.extend<{ atlas: AtlasPage }>({
  atlas: async ({ page, baseURL }, use) => {
    const atlas = new AtlasPage(page, new URL(baseURL ?? 'http://127.0.0.1').origin);
    await use(atlas);
    expect(atlas.consoleProblems, 'console errors or warnings').toEqual([]);
    expect(atlas.foreignRequests, 'requests to another origin').toEqual([]);
  },
});

export { expect };
