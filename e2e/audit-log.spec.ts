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
  test.describe(`audit log (${lang})`, () => {
    test('an auditor reads, filters and exports the audit log', async ({ page }) => {
      await login(page, lang, demoUser('auditor'));
      await mainNav(page, lang)
        .getByRole('link', { name: t(lang, 'nav.audit') })
        .click();
      await expect(pageHeading(page)).toHaveText(`${t(lang, 'audit.title')} – Region Vestkysten`);
      const table = page.getByRole('main').getByRole('table');
      await expect(table).toBeVisible();
      const rows = table.locator('tbody tr');
      expect(await rows.count()).toBeGreaterThan(0);
      // Time in Danish local notation: dd.mm.yyyy (da) or dd/mm/yyyy (en).
      const firstTime = (await rows.first().locator('time').textContent()) ?? '';
      expect(firstTime).toMatch(lang === 'da' ? /\d{2}\.\d{2}\.\d{4}/ : /\d{2}\/\d{2}\/\d{4}/);
      await expectAccessible(page, 'audit log');

      // Event details in a dialog.
      await rows.first().getByRole('button').click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await expectAccessible(page, 'audit event details');
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();

      // Filter on the action of the first event and a date range; the URL and CSV link follow.
      const action = ((await rows.first().locator('td').nth(2).textContent()) ?? '').trim();
      const filters = page.getByRole('region', { name: t(lang, 'audit.filters') });
      await filters.getByLabel(t(lang, 'audit.action')).fill(action);
      await filters.getByLabel(t(lang, 'audit.from')).fill('2020-01-01');
      await filters.getByLabel(t(lang, 'audit.to')).fill('2099-12-31');
      await filters.getByRole('button', { name: t(lang, 'audit.apply') }).click();
      await expect(page).toHaveURL(new RegExp(`action=${encodeURIComponent(action).replace(/\./g, '\\.')}`));
      await expect(rows.first()).toBeVisible();
      for (const cell of await rows.locator('td:nth-child(3)').allTextContents())
        expect(cell.trim()).toBe(action);

      const csv = page.getByRole('link', { name: t(lang, 'audit.export') });
      const href = (await csv.getAttribute('href')) ?? '';
      expect(href).toMatch(/^\/api\/v1\/orgs\/[^/]+\/audit-events\.csv\?/);
      expect(href).toContain(`action=${encodeURIComponent(action)}`);
      expect(href).toContain('from=2020-01-01');
      expect(href).toContain('to=2099-12-31');
      const response = await page.request.get(href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('text/csv');
      expect(await response.text()).toContain(action);
      await expectAccessible(page, 'filtered audit log');

      // A date range without events shows the empty message.
      await filters.getByLabel(t(lang, 'audit.from')).fill('2001-01-01');
      await filters.getByLabel(t(lang, 'audit.to')).fill('2001-01-02');
      await filters.getByRole('button', { name: t(lang, 'audit.apply') }).click();
      await expect(page.getByText(t(lang, 'audit.empty'))).toBeVisible();
      await expectAccessible(page, 'empty audit log');
    });

    test('an employee has no audit log link and gets a friendly no-access message', async ({ page }) => {
      await login(page, lang, demoUser('employee'));
      const overviewUrl = page.url();
      await expect(mainNav(page, lang).getByRole('link', { name: t(lang, 'nav.overview') })).toBeVisible();
      await expect(mainNav(page, lang).getByRole('link', { name: t(lang, 'nav.audit') })).toHaveCount(0);
      await page.goto(`${overviewUrl}/audit`);
      await expect(page.getByText(t(lang, 'audit.noAccess'))).toBeVisible();
      await expectAccessible(page, 'audit log without access');
    });
  });
}
