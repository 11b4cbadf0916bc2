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
  test.describe(`add member (${lang})`, () => {
    test('an admin adds a new person and sees the one-time password once', async ({ page }) => {
      await login(page, lang, demoUser('admin'));
      await mainNav(page, lang)
        .getByRole('link', { name: t(lang, 'nav.organisation') })
        .click();
      await expect(pageHeading(page)).toHaveText(t(lang, 'admin.title', { name: 'Region Vestkysten' }));
      const members = page.getByRole('table', {
        name: t(lang, 'members.caption', { org: 'Region Vestkysten' }),
      });
      await expect(members).toContainText('Anders Admin');
      await expectAccessible(page, 'organisation page');

      const email = `ny.kollega.${lang}.${Date.now()}@example.dk`;
      const name = lang === 'da' ? 'Ny Kollega Ærø' : 'New Colleague';
      const form = page.getByRole('form', { name: t(lang, 'members.add') });
      await form.getByLabel(t(lang, 'members.addEmail')).fill(email);
      await form.getByLabel(t(lang, 'members.addName')).fill(name);
      await form.getByLabel(t(lang, 'members.addRole')).selectOption({ label: t(lang, 'role.risk_owner') });
      await form.getByRole('button', { name: t(lang, 'members.addSubmit') }).click();

      const dialog = page.getByRole('dialog', { name: t(lang, 'members.otpTitle') });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText(email);
      await expect(dialog).toContainText(t(lang, 'members.otpHint'));
      const password = (await dialog.getByTestId('one-time-password').textContent())?.trim() ?? '';
      expect(password.length).toBeGreaterThanOrEqual(12);
      await expect(dialog.getByRole('button', { name: t(lang, 'members.copy') })).toBeVisible();
      await expectAccessible(page, 'one-time password dialog');
      await dialog.getByRole('button', { name: t(lang, 'members.otpDone') }).click();
      await expect(dialog).toBeHidden();

      // The new member is in the table with the chosen role, and the password is not shown again.
      const row = members.getByRole('row', { name: new RegExp(email.replace(/[.]/g, '\\.')) });
      await expect(row).toBeVisible();
      await expect(row.getByRole('combobox', { name: t(lang, 'members.roleFor', { name }) })).toHaveValue(
        'risk_owner',
      );
      await expect(page.getByText(password)).toHaveCount(0);
      await expect(
        page.getByRole('status').filter({ hasText: t(lang, 'members.added', { name }) }),
      ).toBeVisible();

      // Search narrows the list to the new person.
      await page.getByLabel(t(lang, 'members.search')).fill(email);
      await expect(members.getByRole('row')).toHaveCount(2);
      await expectAccessible(page, 'organisation page after adding a member');

      // The new user logs in with the one-time password and must choose a new one.
      await page.getByRole('button', { name: t(lang, 'userMenu.label', { name: 'Anders Admin' }) }).click();
      await page.getByRole('menuitem', { name: t(lang, 'userMenu.logout'), exact: true }).click();
      await expect(page).toHaveURL(/\/login/);
      await page.getByLabel(t(lang, 'login.email')).fill(email);
      await page.getByRole('textbox', { name: t(lang, 'login.password'), exact: true }).fill(password);
      await page.getByRole('button', { name: t(lang, 'login.submit') }).click();
      await expect(page).toHaveURL(/\/profile$/);
      await expect(page.getByRole('alert')).toHaveText(t(lang, 'profile.mustChange'));
      await expectAccessible(page, 'forced password change');

      const newPassword = `Nyt-kodeord-${Date.now()}`;
      await page
        .getByRole('textbox', { name: t(lang, 'profile.currentPassword'), exact: true })
        .fill(password);
      await page
        .getByRole('textbox', { name: t(lang, 'profile.newPassword'), exact: true })
        .fill(newPassword);
      await page
        .getByRole('textbox', { name: t(lang, 'profile.repeatPassword'), exact: true })
        .fill(newPassword);
      await page.getByRole('button', { name: t(lang, 'profile.changePassword') }).click();
      await expect(page).toHaveURL(/\/o\/[^/]+$/);
      await expect(pageHeading(page)).toHaveText('Region Vestkysten');
      await expect(page.getByTestId('my-roles')).toContainText(t(lang, 'role.risk_owner'));
      await expectAccessible(page, 'overview of the new member');
    });
  });
}
