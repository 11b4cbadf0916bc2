import {
  DEMO_PASSWORD,
  demoUser,
  expect,
  expectAccessible,
  LANGS,
  login,
  mainNav,
  openLogin,
  pageHeading,
  t,
  test,
} from './support.ts';

for (const lang of LANGS) {
  test.describe(`login (${lang})`, () => {
    test('logs in, sees the organisation overview, and logs out', async ({ page }) => {
      await openLogin(page, lang);
      await expectAccessible(page, 'login page');

      // A wrong password shows the server's localized message and keeps the user on the form.
      await page.getByLabel(t(lang, 'login.email')).fill(demoUser('admin'));
      await page
        .getByRole('textbox', { name: t(lang, 'login.password'), exact: true })
        .fill('wrong-password-123');
      await page.getByRole('button', { name: t(lang, 'login.submit') }).click();
      const error = page.getByRole('alert');
      await expect(error).toBeVisible();
      await expect(error).not.toHaveText('');
      await expect(page).toHaveURL(/\/login/);
      await expectAccessible(page, 'login page with error');

      await page.getByRole('textbox', { name: t(lang, 'login.password'), exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: t(lang, 'login.submit') }).click();

      await expect(page).toHaveURL(/\/o\/[^/]+$/);
      await expect(pageHeading(page)).toHaveText('Region Vestkysten');
      await expect(page.getByTestId('my-roles')).toContainText(t(lang, 'role.admin'));
      await expect(page.getByRole('banner')).toContainText('Skjold');
      await expect(page.getByRole('main')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectAccessible(page, 'overview');

      // The profile page, reached from the user menu.
      await page.getByRole('button', { name: t(lang, 'userMenu.label', { name: 'Anders Admin' }) }).click();
      await expectAccessible(page, 'overview with user menu open');
      await page.getByRole('menuitem', { name: t(lang, 'userMenu.profile') }).click();
      await expect(pageHeading(page)).toHaveText(t(lang, 'profile.title'));
      await expect(page.getByRole('menu')).toBeHidden();
      await expectAccessible(page, 'profile');

      await page.getByRole('button', { name: t(lang, 'userMenu.label', { name: 'Anders Admin' }) }).click();
      await page.getByRole('menuitem', { name: t(lang, 'userMenu.logout'), exact: true }).click();
      await expect(page).toHaveURL(/\/login/);
      await expect(page.getByText(t(lang, 'login.loggedOut'))).toBeVisible();
      await expectAccessible(page, 'login page after logout');

      // The session is gone: an app page sends the user back to the login form.
      await page.goto('/profile');
      await expect(page).toHaveURL(/\/login/);
      await expect(pageHeading(page)).toHaveText(t(lang, 'login.title'));
    });

    test('a session that ends while working leads to the login form and back to the same page', async ({
      page,
      context,
    }) => {
      await login(page, lang, demoUser('admin'));
      await context.clearCookies();
      await mainNav(page, lang)
        .getByRole('link', { name: t(lang, 'nav.organisation') })
        .click();
      await expect(page).toHaveURL(/\/login\?/);
      await expect(page.getByText(t(lang, 'login.expired'))).toBeVisible();
      await expectAccessible(page, 'login page after the session ended');

      await page.getByLabel(t(lang, 'login.email')).fill(demoUser('admin'));
      await page.getByRole('textbox', { name: t(lang, 'login.password'), exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: t(lang, 'login.submit') }).click();
      await expect(page).toHaveURL(/\/o\/[^/]+\/admin$/);
      await expect(pageHeading(page)).toHaveText(t(lang, 'admin.title', { name: 'Region Vestkysten' }));
    });
  });
}
