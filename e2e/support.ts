import { readdirSync, readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export type Lang = 'da' | 'en';
export const LANGS: readonly Lang[] = ['da', 'en'];

export const DEMO_PASSWORD = 'Skjold-demo-2026';
export const demoUser = (role: string) => `${role}@demo.skjold.dk`;

/**
 * The test function of every journey: like Playwright's, plus a guard that fails the test on an
 * uncaught page error or a Content-Security-Policy violation.
 */
export const test = base.extend<{ pageGuard: undefined }>({
  pageGuard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && /content security policy/i.test(message.text())) {
          problems.push(`CSP: ${message.text()}`);
        }
      });
      await use(undefined);
      expect(problems, 'page errors or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

type Catalog = { [key: string]: string | Catalog };

/** A language's catalog: the per-feature files under web/src/i18n/<lang>/ merged, as the app does. */
function loadCatalog(lang: Lang): Catalog {
  const dir = new URL(`../web/src/i18n/${lang}/`, import.meta.url);
  const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
  return Object.assign(
    {},
    ...files.map((name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as Catalog),
  ) as Catalog;
}

const catalogs: Record<Lang, Catalog> = { da: loadCatalog('da'), en: loadCatalog('en') };

/** A UI text from the app's own catalog, with {{placeholders}} filled in. */
export function t(lang: Lang, key: string, values: Record<string, string | number> = {}): string {
  let node: string | Catalog | undefined = catalogs[lang];
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`No text ${key} in the ${lang} catalog`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Zero axe violations (WCAG 2.1 A + AA) on the page as it is now. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes.map((node) => `${node.target.join(' ')} :: ${node.failureSummary ?? ''}`),
  }));
  expect(summary, `axe violations on ${where} (${page.url()})`).toEqual([]);
}

/** The page's single h1. */
export const pageHeading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Opens the login page in the given language (switching with the header's language buttons). */
export async function openLogin(page: Page, lang: Lang): Promise<void> {
  await page.goto('/login');
  await expect(pageHeading(page)).toHaveText(t('da', 'login.title'));
  if (lang === 'en') {
    await page.getByRole('button', { name: 'English' }).click();
    await expect(pageHeading(page)).toHaveText(t('en', 'login.title'));
  }
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/** Logs in through the form and waits for the landing page (the organisation overview). */
export async function login(page: Page, lang: Lang, email: string, password = DEMO_PASSWORD): Promise<void> {
  await openLogin(page, lang);
  await page.getByLabel(t(lang, 'login.email')).fill(email);
  await page.getByRole('textbox', { name: t(lang, 'login.password'), exact: true }).fill(password);
  await page.getByRole('button', { name: t(lang, 'login.submit') }).click();
  await expect(page).toHaveURL(/\/o\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 2, name: t(lang, 'overview.yourRoles') })).toBeVisible();
}

export const mainNav = (page: Page, lang: Lang) =>
  page.getByRole('navigation', { name: t(lang, 'nav.label') });

/** Picks an organisation in a switcher by name (option labels are indented by depth). */
export async function selectOrganisation(select: Locator, name: string): Promise<void> {
  const labels = await select.locator('option').allTextContents();
  const label = labels.find((candidate) => candidate.trim() === name);
  if (!label) throw new Error(`No organisation ${name} in the switcher: ${labels.join(' | ')}`);
  await select.selectOption({ label });
}
