import type { Page } from '@playwright/test';
import { demoUser, type Lang, login } from './support.ts';

/**
 * Signs in as another demo user in the same browser: the session cookie is dropped and the
 * remembered organisation and language are forgotten, so each user starts where they would.
 */
export async function switchUser(page: Page, lang: Lang, role: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto('/login');
  await page.evaluate(() => {
    window.localStorage.removeItem('skjold.lastOrg');
    window.localStorage.removeItem('skjold.language');
  });
  await login(page, lang, demoUser(role));
}
