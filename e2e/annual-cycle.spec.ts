import { expect, expectAccessible, LANGS, mainNav, pageHeading, t, test } from './support.ts';
import { switchUser } from './switch-user.ts';

for (const lang of LANGS) {
  test.describe(`annual cycle (${lang})`, () => {
    test('the security officer plans the year in the årshjul and subscribes to it in a calendar', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const title = `${lang === 'da' ? 'Test af nødstrømsanlæg' : 'Emergency power test'} ${Date.now()}`;
      const renamed = `${title} (${lang === 'da' ? 'med leverandør' : 'with the supplier'})`;

      await switchUser(page, lang, 'security_officer');
      await mainNav(page, lang)
        .getByRole('link', { name: t(lang, 'complianceNav.annualCycle') })
        .click();
      const year = new Date().getFullYear();
      await expect(pageHeading(page)).toHaveText(
        t(lang, 'annualCycle.titleFor', { year, name: 'Region Vestkysten' }),
      );
      // Twelve months, each a region with its own heading; the defaults are pre-filled.
      await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveCount(12);
      // The defaults are written in Danish when the årshjul is first opened.
      await expect(page.getByRole('tabpanel')).toContainText('Årlig risikovurdering');
      await expectAccessible(page, 'årshjul months');

      await page.getByRole('tab', { name: t(lang, 'annualCycle.tabs.activities') }).click();
      await page.getByRole('button', { name: t(lang, 'annualCycle.list.add') }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(t(lang, 'annualCycle.fields.title')).fill(title);
      await dialog
        .getByRole('combobox', { name: t(lang, 'annualCycle.fields.frequency') })
        .selectOption('quarterly');
      await dialog
        .getByRole('combobox', { name: t(lang, 'annualCycle.fields.responsibleRole') })
        .selectOption('risk_owner');
      // Axe checks the dialog once its opening transition is over.
      await page.waitForTimeout(400);
      await expectAccessible(page, 'new activity');
      await dialog.getByRole('button', { name: t(lang, 'annualCycle.form.create') }).click();
      await expect(
        page.getByRole('status').filter({ hasText: t(lang, 'annualCycle.form.created', { title }) }),
      ).toBeVisible();
      const row = page.getByRole('row').filter({ hasText: title });
      await expect(row).toContainText(t(lang, 'annualCycle.frequency.quarterly'));
      await expect(row).toContainText(t(lang, 'role.risk_owner'));
      await expectAccessible(page, 'årshjul activities');

      await row.getByRole('button', { name: t(lang, 'annualCycle.list.editFor', { title }) }).click();
      await dialog.getByLabel(t(lang, 'annualCycle.fields.title')).fill(renamed);
      await dialog.getByRole('button', { name: t(lang, 'common.save') }).click();
      await expect(dialog).toHaveCount(0);
      const renamedRow = page.getByRole('row').filter({ hasText: renamed });
      await expect(renamedRow).toBeVisible();
      await renamedRow
        .getByRole('button', { name: t(lang, 'annualCycle.list.removeFor', { title: renamed }) })
        .click();
      await expect(dialog).toContainText(renamed);
      await dialog.getByRole('button', { name: t(lang, 'annualCycle.list.remove') }).click();
      await expect(page.getByRole('row').filter({ hasText: renamed })).toHaveCount(0);
      await expect(dialog).toHaveCount(0);
      await expectAccessible(page, 'activity removed');

      // The personal calendar feed: a secret URL shown once, revoked again.
      await page.goto('/profile');
      const calendar = page.getByRole('region', { name: t(lang, 'icalFeed.title') });
      await calendar.getByRole('button', { name: t(lang, 'icalFeed.create') }).click();
      const url = (await calendar.getByTestId('ical-url').textContent())?.trim() ?? '';
      expect(url).toMatch(/\/api\/v1\/public\/ical\/[A-Za-z0-9_-]+\.ics$/);
      const feed = await page.request.get(url);
      expect(feed.status()).toBe(200);
      expect(await feed.text()).toContain('BEGIN:VCALENDAR');
      await expectAccessible(page, 'calendar feed created');
      await calendar.getByRole('button', { name: t(lang, 'icalFeed.revoke') }).click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: t(lang, 'icalFeed.revoke') })
        .click();
      await expect(
        calendar.getByRole('status').filter({ hasText: t(lang, 'icalFeed.revoked') }),
      ).toBeVisible();
      expect((await page.request.get(url)).status()).toBe(404);
      await expectAccessible(page, 'calendar feed revoked');
    });
  });
}
