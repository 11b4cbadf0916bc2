import {
  demoUser,
  expect,
  expectAccessible,
  LANGS,
  login,
  mainNav,
  pageHeading,
  t,
  test,
} from './support.ts';

for (const lang of LANGS) {
  test.describe(`instance operations (${lang})`, () => {
    test('the sector admin clears a sign-in lock and checks jobs and the outbox', async ({
      page,
      request,
    }) => {
      // Someone mistypes their password five times: the account is locked for a while.
      const email = `laast.${lang}.${Date.now()}@example.dk`;
      for (let attempt = 0; attempt < 5; attempt++) {
        const response = await request.post('/api/v1/auth/login', {
          data: { email, password: 'forkert-kodeord-123' },
        });
        expect(response.status()).toBe(401);
      }
      expect((await request.post('/api/v1/auth/login', { data: { email, password: 'x' } })).status()).toBe(
        429,
      );

      await login(page, lang, 'sector_admin@demo.skjold.dk');
      await mainNav(page, lang)
        .getByRole('link', { name: t(lang, 'ismsNav.operations') })
        .click();
      await expect(pageHeading(page)).toHaveText(t(lang, 'ops.title'));
      const locks = page.getByRole('table', { name: t(lang, 'ops.locksCaption') });
      const row = locks.getByRole('row', { name: new RegExp(email.replace(/[.]/g, '\\.')) });
      await expect(row).toContainText(t(lang, 'ops.lockAccount', { value: email }));
      await expect(page.getByText(t(lang, 'ops.noDeadJobs'))).toBeVisible();
      await expectAccessible(page, 'operations');

      await row
        .getByRole('button', { name: t(lang, 'ops.clearLockFor', { key: `account:${email}` }) })
        .click();
      const dialog = page.getByRole('dialog', { name: t(lang, 'ops.clearLockTitle') });
      await expect(dialog).toContainText(email);
      await expectAccessible(page, 'clear lock confirmation');
      await dialog.getByRole('button', { name: t(lang, 'ops.clearLock') }).click();
      await expect(
        page.getByRole('status').filter({ hasText: t(lang, 'ops.lockCleared', { key: `account:${email}` }) }),
      ).toBeVisible();
      await expect(row).toBeHidden();

      await page.getByRole('button', { name: t(lang, 'ops.sendTestMail') }).click();
      await expect(page.getByRole('status').filter({ hasText: t(lang, 'ops.testMailQueued') })).toBeVisible();
      await expectAccessible(page, 'operations after clearing the lock');
    });

    test('an organisation admin has no operations page', async ({ page }) => {
      await login(page, lang, demoUser('admin'));
      await expect(
        mainNav(page, lang).getByRole('link', { name: t(lang, 'ismsNav.operations') }),
      ).toHaveCount(0);
      await page.goto('/operations');
      await expect(pageHeading(page)).toHaveText(t(lang, 'ops.title'));
      await expect(page.getByText(t(lang, 'ops.noAccess'))).toBeVisible();
      await expectAccessible(page, 'operations without access');
    });
  });
}
