import {
  demoUser,
  expect,
  expectAccessible,
  LANGS,
  login,
  mainNav,
  pageHeading,
  selectOrganisation,
  t,
  test,
} from './support.ts';

for (const lang of LANGS) {
  test.describe(`switch organisation (${lang})`, () => {
    test('moves between organisations with the switcher and keeps the choice in the URL', async ({
      page,
    }) => {
      await login(page, lang, demoUser('admin'));
      await expect(pageHeading(page)).toHaveText('Region Vestkysten');
      const regionUrl = page.url();

      const switcher = page.getByRole('banner').getByLabel(t(lang, 'orgSwitcher.label'));
      await expect(switcher).toHaveValue(/.+/);
      // The tree: the region and everything under it, children indented below their parent.
      const options = await switcher.locator('option').allTextContents();
      expect(options.map((o) => o.trim())).toEqual(
        expect.arrayContaining([
          'Region Vestkysten',
          'Regionshospitalet Ådalen',
          'Vestkystens Universitetshospital',
          'Akutafdelingen',
        ]),
      );
      const unit = options.find((o) => o.trim() === 'Akutafdelingen') ?? '';
      const hospital = options.find((o) => o.trim() === 'Vestkystens Universitetshospital') ?? '';
      expect(unit.length - unit.trimStart().length).toBeGreaterThan(
        hospital.length - hospital.trimStart().length,
      );

      await switcher.selectOption({
        label: options.find((o) => o.includes('Vestkystens Universitetshospital')),
      });
      await expect(pageHeading(page)).toHaveText('Vestkystens Universitetshospital');
      await expect(page).not.toHaveURL(regionUrl);
      await expect(page.getByTestId('my-roles')).toContainText(
        t(lang, 'overview.inheritedFrom', { org: 'Region Vestkysten' }),
      );
      await expectAccessible(page, 'overview of the hospital');

      // The organisation page of the new current organisation.
      await mainNav(page, lang)
        .getByRole('link', { name: t(lang, 'nav.organisation') })
        .click();
      await expect(pageHeading(page)).toHaveText(
        t(lang, 'admin.title', { name: 'Vestkystens Universitetshospital' }),
      );
      // Focus moves to the new page's heading, so keyboard and screen-reader users start there.
      await expect(pageHeading(page)).toBeFocused();
      await expect(page.getByRole('link', { name: 'Akutafdelingen' })).toBeVisible();
      await expectAccessible(page, 'organisation page of the hospital');

      // A reload keeps the organisation (it lives in the URL).
      await page.reload();
      await expect(pageHeading(page)).toHaveText(
        t(lang, 'admin.title', { name: 'Vestkystens Universitetshospital' }),
      );

      // Back to the region through the switcher.
      await selectOrganisation(
        page.getByRole('banner').getByLabel(t(lang, 'orgSwitcher.label')),
        'Region Vestkysten',
      );
      await expect(pageHeading(page)).toHaveText('Region Vestkysten');
      await expect(page).toHaveURL(regionUrl);
      await expectAccessible(page, 'overview of the region');
    });

    test('on a phone: the menu button opens the navigation with the switcher; keyboard users can skip to content', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await login(page, lang, demoUser('admin'));
      await expect(pageHeading(page)).toHaveText('Region Vestkysten');
      await expectAccessible(page, 'overview on a phone');

      const menuButton = page.getByRole('button', { name: t(lang, 'nav.toggle') });
      await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
      await menuButton.click();
      await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
      const nav = mainNav(page, lang);
      await expect(nav.getByRole('link', { name: t(lang, 'nav.organisation') })).toBeVisible();
      await expectAccessible(page, 'navigation open on a phone');

      await selectOrganisation(nav.getByLabel(t(lang, 'orgSwitcher.label')), 'Regionshospitalet Ådalen');
      await expect(pageHeading(page)).toHaveText('Regionshospitalet Ådalen');
      // The menu closes after navigating.
      await expect(menuButton).toHaveAttribute('aria-expanded', 'false');

      // The first Tab reaches the skip link, which moves focus to the main content.
      await page.reload();
      await expect(pageHeading(page)).toHaveText('Regionshospitalet Ådalen');
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: t(lang, 'app.skipToContent') });
      await expect(skip).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('main')).toBeFocused();
    });
  });
}
