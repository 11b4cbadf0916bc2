import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, type Lang, mainNav, pageHeading, selectOrganisation, t } from './support.ts';

/** Picks the organisation in the header's switcher and waits for its overview. */
export async function switchTo(page: Page, lang: Lang, orgName: string): Promise<void> {
  await selectOrganisation(page.getByRole('banner').getByLabel(t(lang, 'orgSwitcher.label')), orgName);
  await expect(pageHeading(page)).toHaveText(orgName);
}

/** Follows a link of the main navigation by its catalog text. */
export async function openFromNav(page: Page, lang: Lang, key: string): Promise<void> {
  await mainNav(page, lang)
    .getByRole('link', { name: t(lang, key), exact: true })
    .click();
}

/** Signs out through the user menu. */
export async function logout(page: Page, lang: Lang, name: string): Promise<void> {
  await page.getByRole('button', { name: t(lang, 'userMenu.label', { name }) }).click();
  await page.getByRole('menuitem', { name: t(lang, 'userMenu.logout'), exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** Fills the login form the app shows after signing out (the language choice is kept). */
export async function submitLogin(
  page: Page,
  lang: Lang,
  email: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await expect(pageHeading(page)).toHaveText(t(lang, 'login.title'));
  await page.getByLabel(t(lang, 'login.email')).fill(email);
  await page.getByRole('textbox', { name: t(lang, 'login.password'), exact: true }).fill(password);
  await page.getByRole('button', { name: t(lang, 'login.submit') }).click();
}

/** Signs in again from the login page and waits for the organisation overview. */
export async function loginAgain(page: Page, lang: Lang, email: string): Promise<void> {
  await submitLogin(page, lang, email);
  await expect(page).toHaveURL(/\/o\/[^/]+$/);
}
