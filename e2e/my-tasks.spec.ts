import { loginAgain, logout, openFromNav, switchTo } from './session-helpers.ts';
import {
  demoUser,
  expect,
  expectAccessible,
  LANGS,
  type Lang,
  login,
  pageHeading,
  t,
  test,
} from './support.ts';

const HOSPITAL = 'Vestkystens Universitetshospital';

/** A calendar date `days` from today in Denmark, as YYYY-MM-DD. */
function dateFromToday(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** How the app writes a calendar date: "25. november 2026" in Danish, "25 November 2026" in English. */
function shownDate(date: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

for (const lang of LANGS) {
  test.describe(`tasks (${lang})`, () => {
    test('the security officer hands out a task and the risk owner works it off in "my tasks"', async ({
      page,
    }) => {
      test.setTimeout(90_000);
      const stamp = Date.now();
      const title =
        lang === 'da'
          ? `Gennemgå adgange til patientjournalen ${stamp}`
          : `Review access to the patient record ${stamp}`;
      const due = dateFromToday(-2);

      // The hospital's task list, and a new task that is already overdue.
      await login(page, lang, demoUser('security_officer'));
      await switchTo(page, lang, HOSPITAL);
      await openFromNav(page, lang, 'ismsNav.tasks');
      await expect(pageHeading(page)).toHaveText(t(lang, 'tasks.orgTitle', { org: HOSPITAL }));
      await expectAccessible(page, 'organisation tasks');

      const form = page.getByRole('form', { name: t(lang, 'tasks.createHeading', { org: HOSPITAL }) });
      await form.getByRole('textbox', { name: t(lang, 'tasks.taskTitle') }).fill(title);
      await form
        .getByRole('textbox', { name: t(lang, 'tasks.description') })
        .fill('Kvartalsvis kontrol af hvem der har adgang til EPJ.');
      await form
        .getByLabel(t(lang, 'tasks.assignee'))
        .selectOption({ label: 'Rasmus Risikoejer (risk_owner@demo.skjold.dk)' });
      await form.getByLabel(t(lang, 'tasks.due')).fill(due);
      await form.getByLabel(t(lang, 'tasks.priority')).selectOption('high');
      await form.getByRole('button', { name: t(lang, 'tasks.create') }).click();
      await expect(
        page.getByRole('status').filter({ hasText: t(lang, 'tasks.created', { title }) }),
      ).toBeVisible();

      const orgTable = page.getByRole('table', { name: t(lang, 'tasks.orgCaption', { org: HOSPITAL }) });
      const orgRow = orgTable.getByRole('row', { name: new RegExp(String(stamp)) });
      await expect(orgRow).toContainText('Rasmus Risikoejer');
      await expect(orgRow).toContainText(t(lang, 'tasks.overdueBadge'));
      await expectAccessible(page, 'organisation tasks with a new task');

      // The risk owner finds it in "my tasks": overdue, due date written out.
      await logout(page, lang, 'Søren Sikkerhed');
      await loginAgain(page, lang, demoUser('risk_owner'));
      await openFromNav(page, lang, 'ismsNav.myTasks');
      await expect(pageHeading(page)).toHaveText(t(lang, 'tasks.myTitle'));
      const mine = page.getByRole('table', { name: t(lang, 'tasks.myCaption') });
      const row = mine.getByRole('row', { name: new RegExp(String(stamp)) });
      await expect(row).toContainText(shownDate(due, lang));
      await expect(row).toContainText(t(lang, 'tasks.overdueBadge'));
      await expect(row).toContainText(HOSPITAL);
      await expect(row).toContainText(t(lang, 'tasks.priorities.high'));
      await expectAccessible(page, 'my tasks');

      // Only the overdue ones.
      await page.getByRole('checkbox', { name: t(lang, 'tasks.onlyOverdue') }).check();
      await page.getByRole('button', { name: t(lang, 'tasks.apply') }).click();
      await expect(page).toHaveURL(/overdue=true/);
      await expect(row).toBeVisible();
      for (const badge of await mine.locator('tbody tr').all()) {
        await expect(badge).toContainText(t(lang, 'tasks.overdueBadge'));
      }

      // In progress, then done: it leaves the list of open tasks.
      await row.getByRole('button', { name: t(lang, 'tasks.startFor', { title }) }).click();
      await expect(row).toContainText(t(lang, 'tasks.statuses.in_progress'));
      await expect(
        page.getByRole('status').filter({
          hasText: t(lang, 'tasks.statusChanged', { title, status: t(lang, 'tasks.statuses.in_progress') }),
        }),
      ).toBeVisible();
      await row.getByRole('button', { name: t(lang, 'tasks.doneFor', { title }) }).click();
      await expect(row).toBeHidden();

      await page.getByRole('checkbox', { name: t(lang, 'tasks.onlyOverdue') }).uncheck();
      await page.getByLabel(t(lang, 'tasks.status')).selectOption('done');
      await page.getByRole('button', { name: t(lang, 'tasks.apply') }).click();
      await expect(row).toContainText(t(lang, 'tasks.statuses.done'));
      await expect(row).not.toContainText(t(lang, 'tasks.overdueBadge'));
      await expectAccessible(page, 'my finished tasks');
    });

    test('an employee without the organisation task list still has "my tasks"', async ({ page }) => {
      await login(page, lang, demoUser('employee'));
      await expect(
        page.getByRole('navigation', { name: t(lang, 'nav.label') }).getByRole('link', {
          name: t(lang, 'ismsNav.tasks'),
          exact: true,
        }),
      ).toHaveCount(0);
      await openFromNav(page, lang, 'ismsNav.myTasks');
      await expect(pageHeading(page)).toHaveText(t(lang, 'tasks.myTitle'));
      await expectAccessible(page, 'my tasks of an employee');
    });
  });
}
