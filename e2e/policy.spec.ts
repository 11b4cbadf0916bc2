import type { Page } from '@playwright/test';
import {
  expect,
  expectAccessible,
  LANGS,
  type Lang,
  mainNav,
  pageHeading,
  selectOrganisation,
  t,
  test,
} from './support.ts';
import { switchUser } from './switch-user.ts';

const HOSPITAL = 'Vestkystens Universitetshospital';

const texts = {
  da: {
    template: 'Informationssikkerhedspolitik',
    title: 'Informationssikkerhedspolitik for Vestkystens Universitetshospital',
    added: 'Politikken gælder også for studerende i klinisk praktik.',
    summary: 'Første udgave tilpasset hospitalet fra skabelonen.',
  },
  en: {
    template: 'Information security policy',
    title: 'Information security policy of the university hospital',
    added: 'The policy also applies to students in clinical placement.',
    summary: 'First edition adapted to the hospital from the template.',
  },
} as const;

/** Opens the policies of the hospital, as a user whose membership is at the region above it. */
async function openHospitalDocuments(page: Page, lang: Lang) {
  await selectOrganisation(page.getByRole('banner').getByLabel(t(lang, 'orgSwitcher.label')), HOSPITAL);
  await expect(pageHeading(page)).toHaveText(HOSPITAL);
  await mainNav(page, lang)
    .getByRole('link', { name: t(lang, 'complianceNav.documents') })
    .click();
  await expect(pageHeading(page)).toHaveText(t(lang, 'policyDoc.list.titleFor', { name: HOSPITAL }));
}

for (const lang of LANGS) {
  test.describe(`policy (${lang})`, () => {
    test('a policy is drafted from the template, approved by management, published and acknowledged', async ({
      page,
    }) => {
      test.setTimeout(150_000);
      const text = texts[lang];
      const title = `${text.title} ${Date.now()}`;

      // The security officer drafts the hospital's policy from Skjold's Danish template.
      await switchUser(page, lang, 'security_officer');
      await openHospitalDocuments(page, lang);
      await expectAccessible(page, 'documents');
      const create = page.getByRole('region', { name: t(lang, 'policyDoc.create.title') });
      await create.getByRole('radio', { name: text.template, exact: true }).check();
      await create.getByLabel(t(lang, 'policyDoc.create.titleOptional')).fill(title);
      await create.getByRole('button', { name: t(lang, 'policyDoc.create.submit') }).click();
      await expect(pageHeading(page)).toHaveText(title);
      const working = page.getByRole('region', {
        name: t(lang, 'policyDoc.working.titleNumber', { number: 1 }),
      });
      await expect(working).toContainText(t(lang, 'policyDoc.versionStatus.draft'));
      await expectAccessible(page, 'draft from the template');

      // The officer owns it: the owner sees the acknowledgement coverage later.
      const facts = page.getByRole('region', { name: t(lang, 'policyDoc.detail.facts') });
      await facts.getByRole('button', { name: t(lang, 'policyDoc.settings.edit') }).click();
      await facts
        .getByRole('combobox', { name: t(lang, 'policyDoc.fields.owner') })
        .selectOption({ label: 'Søren Sikkerhed' });
      await expectAccessible(page, 'document settings');
      await facts.getByRole('button', { name: t(lang, 'policyDoc.settings.save') }).click();
      await expect(page.getByText(t(lang, 'policyDoc.settings.saved'))).toBeVisible();
      await expect(facts).toContainText('Søren Sikkerhed');

      // The editor: a heading and a sentence of our own, then send for approval.
      const editor = working.getByRole('textbox', { name: t(lang, 'policyDoc.draft.body'), exact: true });
      await expect(editor).toContainText(lang === 'da' ? 'Formål' : 'Purpose');
      await editor.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type(text.added);
      await working
        .getByRole('toolbar', { name: t(lang, 'policyDoc.editor.toolbar') })
        .getByRole('button', { name: t(lang, 'policyDoc.editor.bold') })
        .focus();
      await expectAccessible(page, 'editing the draft');
      await working.getByLabel(t(lang, 'policyDoc.fields.changeSummary')).fill(text.summary);
      await working.getByRole('button', { name: t(lang, 'policyDoc.draft.submit') }).click();
      await expect(page.getByText(t(lang, 'policyDoc.draft.submitted'))).toBeVisible();
      await expect(working).toContainText(t(lang, 'policyDoc.versionStatus.in_review'));
      await expect(working).toContainText(text.added);
      // The author may not approve their own version.
      await expect(working).toContainText(t(lang, 'policyDoc.review.ownWork'));
      await expectAccessible(page, 'sent for approval');
      const documentUrl = page.url();

      // Management approves and publishes it.
      await switchUser(page, lang, 'management');
      await openHospitalDocuments(page, lang);
      await page.getByRole('link', { name: title }).click();
      await expect(pageHeading(page)).toHaveText(title);
      expect(page.url()).toBe(documentUrl);
      await expect(working).toContainText(text.added);
      await expectAccessible(page, 'policy to approve');
      await working.getByRole('button', { name: t(lang, 'policyDoc.review.approveSubmit') }).click();
      await expect(page.getByText(t(lang, 'policyDoc.review.approved'))).toBeVisible();
      await expect(working).toContainText(t(lang, 'policyDoc.versionStatus.approved'));
      await expect(
        working.getByRole('checkbox', { name: t(lang, 'policyDoc.publish.requiresAcknowledgement') }),
      ).toBeChecked();
      await working.getByRole('button', { name: t(lang, 'policyDoc.publish.submit') }).click();
      await expect(page.getByText(t(lang, 'policyDoc.publish.done'))).toBeVisible();
      const published = page.getByRole('region', {
        name: t(lang, 'policyDoc.published.titleNumber', { number: 1 }),
      });
      await expect(published).toContainText(text.added);
      const revisions = page.getByRole('region', { name: t(lang, 'policyDoc.revisions.title') });
      const revision = revisions.getByRole('row').filter({ hasText: text.summary });
      await expect(revision).toContainText('Mette Ledelse');
      await expect(revision).toContainText('Søren Sikkerhed');
      await expectAccessible(page, 'published policy');

      // The employee reads it and acknowledges it.
      await switchUser(page, lang, 'employee');
      await mainNav(page, lang)
        .getByRole('link', { name: t(lang, 'complianceNav.myDocuments') })
        .click();
      await expect(pageHeading(page)).toHaveText(t(lang, 'policyDoc.mine.title'));
      const row = page.getByRole('row').filter({ hasText: title });
      await expect(row).toContainText(t(lang, 'policyDoc.mine.toRead'));
      await expectAccessible(page, 'documents to read');
      await row.getByRole('link', { name: title }).click();
      await expect(pageHeading(page)).toHaveText(title);
      await expect(
        page.getByRole('region', { name: t(lang, 'policyDoc.published.titleNumber', { number: 1 }) }),
      ).toContainText(text.added);
      await expectAccessible(page, 'policy for the employee');
      await page.getByRole('button', { name: t(lang, 'policyDoc.ack.submit') }).click();
      await expect(page.getByText(t(lang, 'policyDoc.ack.done'))).toBeVisible();
      await expect(page.getByRole('button', { name: t(lang, 'policyDoc.ack.submit') })).toHaveCount(0);
      await expectAccessible(page, 'policy acknowledged');

      // The owner sees the coverage: one acknowledgement so far.
      await switchUser(page, lang, 'security_officer');
      await openHospitalDocuments(page, lang);
      await page.getByRole('link', { name: title }).click();
      const coverage = page.getByRole('region', { name: t(lang, 'policyDoc.coverage.title') });
      await expect(coverage.getByTestId('coverage-total')).toHaveText(
        new RegExp(
          `^${t(lang, 'policyDoc.coverage.total', { acknowledged: 1, inAudience: 999, percent: 0 }).split(' 999')[0]} \\d+`,
        ),
      );
      await expect(coverage.getByRole('row').filter({ hasText: HOSPITAL })).toContainText('1');
      await coverage.getByRole('button', { name: t(lang, 'policyDoc.coverage.showPending') }).click();
      await expect(coverage.getByRole('listitem').first()).toBeVisible();
      await expect(coverage).not.toContainText('Emil Medarbejder');
      await expectAccessible(page, 'acknowledgement coverage');
    });
  });
}
