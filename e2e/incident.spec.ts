import {
  expect,
  expectAccessible,
  LANGS,
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
    title: 'Brev med journaludskrift sendt til forkert patient',
    description: 'Patient med CPR 010190-1234 har fået en anden patients journaludskrift med posten.',
    corrected: 'En patient har fået en anden patients journaludskrift med posten. Brevet er hentet tilbage.',
    systems: 'Journalsystem, printer i ambulatoriet',
    consequences: 'Oplysninger om helbred er set af en uvedkommende.',
    lessons: 'Breve med journaludskrifter kontrolleres nu af to personer, før de sendes.',
  },
  en: {
    title: 'Letter with a record print-out sent to the wrong patient',
    description: 'Patient with CPR 010190-1234 received another patient’s record print-out by post.',
    corrected: 'A patient received another patient’s record print-out by post. The letter was retrieved.',
    systems: 'Patient record system, printer in the outpatient clinic',
    consequences: 'Health data were seen by an unauthorised person.',
    lessons: 'Letters with record print-outs are now checked by two people before they are sent.',
  },
} as const;

for (const lang of LANGS) {
  test.describe(`incident (${lang})`, () => {
    test('an employee reports, the security officer triages it as a breach, notifies Datatilsynet and closes it', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const text = texts[lang];
      const title = `${text.title} ${Date.now()}`;

      // The employee reports in under a minute; the CPR number is caught before it is saved.
      await switchUser(page, lang, 'employee');
      await mainNav(page, lang)
        .getByRole('link', { name: t(lang, 'complianceNav.reportIncident') })
        .click();
      await expect(pageHeading(page)).toHaveText(t(lang, 'incident.report.pageTitle'));
      await expectAccessible(page, 'report an incident');
      await page.getByLabel(t(lang, 'incident.report.title')).fill(title);
      await page.getByLabel(t(lang, 'incident.report.description')).fill(text.description);
      await page.getByLabel(t(lang, 'incident.report.systems')).fill(text.systems);
      await page.getByRole('radio', { name: t(lang, 'incident.personalData.yes') }).check();
      await page.getByRole('button', { name: t(lang, 'incident.report.submit') }).click();
      const warning = page.getByRole('alert').filter({ hasText: t(lang, 'incident.cpr.title') });
      await expect(warning).toBeVisible();
      await expect(warning).toContainText(t(lang, 'incident.report.description'));
      await expect(warning).not.toContainText('010190-1234');
      await expectAccessible(page, 'CPR warning');
      await page.getByLabel(t(lang, 'incident.report.description')).fill(text.corrected);
      await expect(warning).toBeHidden();
      await page.getByRole('button', { name: t(lang, 'incident.report.submit') }).click();
      const receipt = page.getByRole('region', { name: t(lang, 'incident.report.thanks') });
      await expect(receipt).toBeVisible();
      const reference = (/INC-\d{4}-\d{4}/.exec((await receipt.textContent()) ?? '') ?? [''])[0];
      expect(reference).not.toBe('');
      await expect(receipt).toContainText(t(lang, 'incident.status.reported'));
      await expectAccessible(page, 'report receipt');

      // "My reports" shows the status, nothing of the handling.
      await receipt.getByRole('link', { name: t(lang, 'incident.report.seeMine') }).click();
      await expect(pageHeading(page)).toHaveText(t(lang, 'incident.mine.title'));
      const myRow = page.getByRole('row').filter({ hasText: reference });
      await expect(myRow).toContainText(title);
      await expect(myRow).toContainText(t(lang, 'incident.status.reported'));
      await expectAccessible(page, 'my reports');

      // The security officer finds it among the region's incidents, with its clocks running.
      await switchUser(page, lang, 'security_officer');
      await mainNav(page, lang)
        .getByRole('link', { name: t(lang, 'complianceNav.incidents') })
        .click();
      await expect(pageHeading(page)).toHaveText(
        t(lang, 'incident.list.titleFor', { name: 'Region Vestkysten' }),
      );
      const listRow = page.getByRole('row').filter({ hasText: reference });
      await expect(listRow).toContainText(t(lang, 'incident.status.reported'));
      await expectAccessible(page, 'incident list');
      await listRow.getByRole('link', { name: reference }).click();
      await expect(pageHeading(page)).toHaveText(title);

      const gdpr = page.getByTestId('deadline-gdpr_authority');
      await expect(gdpr).toContainText(t(lang, 'incident.deadline.gdpr_authority'));
      await expect(gdpr).toContainText(t(lang, 'incident.clock.due'));
      await expect(gdpr).toContainText(t(lang, 'incident.clock.provisional'));
      const countdown = gdpr.locator('.countdown-value');
      const first = await countdown.textContent();
      expect(first).toMatch(lang === 'da' ? /tilbage$/ : /left$/);
      await expect(countdown).not.toHaveText(first ?? '', { timeout: 3000 });
      await expectAccessible(page, 'incident detail');

      // Triage: misdirected patient data, high severity, confidentiality, not NIS2-significant.
      const triage = page.getByRole('region', { name: t(lang, 'incident.triage.title') });
      await triage
        .getByRole('combobox', { name: t(lang, 'incident.fields.category') })
        .selectOption({ label: t(lang, 'incident.category.misdirected_patient_data') });
      await triage
        .getByRole('combobox', { name: t(lang, 'incident.fields.severity') })
        .selectOption({ label: t(lang, 'incident.severity.high') });
      await triage.getByRole('checkbox', { name: t(lang, 'incident.fields.affectsConfidentiality') }).check();
      await triage
        .getByRole('combobox', { name: t(lang, 'incident.fields.nis2Significant') })
        .selectOption({ label: t(lang, 'common.no') });
      await triage
        .getByRole('combobox', { name: t(lang, 'incident.fields.patientSafetyImpact') })
        .selectOption({ label: t(lang, 'common.no') });
      await triage.getByRole('button', { name: t(lang, 'incident.triage.save') }).click();
      await expect(triage.getByRole('status')).toHaveText(t(lang, 'incident.triage.saved'));
      await expect(
        page.getByText(t(lang, 'incident.status.in_progress'), { exact: true }).first(),
      ).toBeVisible();
      await expect(page.getByTestId('deadline-nis2_early_warning')).toHaveCount(0);

      // Breach assessment: a personal-data breach with a risk to the patient.
      const breach = page.getByRole('region', { name: t(lang, 'incident.breach.title') });
      await breach
        .getByRole('combobox', { name: t(lang, 'incident.fields.personalDataBreach') })
        .selectOption({ label: t(lang, 'common.yes') });
      await breach.getByRole('checkbox', { name: t(lang, 'incident.dataCategory.health') }).check();
      await breach.getByRole('checkbox', { name: t(lang, 'incident.subjectCategory.patients') }).check();
      await breach.getByLabel(t(lang, 'incident.fields.dataSubjectsApprox')).fill('1');
      await breach.getByRole('radio', { name: t(lang, 'incident.breachRisk.risk'), exact: true }).check();
      await breach.getByLabel(t(lang, 'incident.fields.likelyConsequences')).fill(text.consequences);
      await breach.getByRole('button', { name: t(lang, 'incident.breach.save') }).click();
      await expect(breach.getByRole('status')).toHaveText(t(lang, 'incident.breach.saved'));
      await expect(gdpr).not.toContainText(t(lang, 'incident.clock.provisional'));
      await expect(gdpr).toContainText(t(lang, 'incident.deadlineStatus.open'));
      await expect(gdpr.locator('.countdown-value')).toBeVisible();
      await expectAccessible(page, 'incident triaged as a breach');

      // The supplier who printed the letter is linked to the incident.
      const links = page.getByRole('region', { name: t(lang, 'incident.links.title') });
      await links
        .getByRole('combobox', { name: t(lang, 'incident.links.kindLabel') })
        .selectOption({ label: t(lang, 'incident.links.kind.supplier') });
      await links.getByLabel(t(lang, 'incident.links.name')).fill('Printservice Vest A/S');
      await links.getByRole('button', { name: t(lang, 'incident.links.add') }).click();
      await expect(links.getByRole('listitem').filter({ hasText: 'Printservice Vest A/S' })).toBeVisible();

      // The notification to Datatilsynet is recorded with its case number; the clock is met.
      const notifications = page.getByRole('region', { name: t(lang, 'incident.notifications.title') });
      await notifications
        .getByRole('combobox', { name: t(lang, 'incident.notifications.recipient') })
        .selectOption('datatilsynet');
      await notifications.getByLabel(t(lang, 'incident.notifications.reference')).fill('2026-431-0042');
      await notifications.getByRole('button', { name: t(lang, 'incident.notifications.submit') }).click();
      await expect(notifications.getByRole('status')).toContainText(
        t(lang, 'incident.notifications.saved', { recipient: t(lang, 'incident.recipient.datatilsynet') }),
      );
      const sent = notifications.getByRole('row').filter({ hasText: '2026-431-0042' });
      await expect(sent).toContainText(t(lang, 'incident.notifications.inTime'));
      await expect(gdpr).toContainText(t(lang, 'incident.deadlineStatus.met'));
      await expectAccessible(page, 'notification recorded');

      // The prepared text for Datatilsynet, ready to copy.
      const reportTexts = page.getByRole('region', { name: t(lang, 'incident.texts.title') });
      await reportTexts.getByRole('button', { name: t(lang, 'incident.texts.show') }).click();
      await expect(reportTexts.locator('pre.report-text').first()).toBeVisible();
      await expectAccessible(page, 'report texts');

      // Closing needs the lessons learned.
      const status = page.getByRole('region', { name: t(lang, 'incident.status.title'), exact: true });
      await status
        .getByRole('combobox', { name: t(lang, 'incident.status.next') })
        .selectOption({ label: t(lang, 'incident.status.to.closed') });
      await status.getByRole('button', { name: t(lang, 'incident.status.to.closed') }).click();
      await expect(status.getByText(t(lang, 'incident.status.lessonsRequired'))).toBeVisible();
      await status.getByLabel(t(lang, 'incident.fields.lessonsLearned')).fill(text.lessons);
      await status.getByRole('button', { name: t(lang, 'incident.status.to.closed') }).click();
      await expect(status.getByRole('status')).toHaveText(
        t(lang, 'incident.status.changed', { status: t(lang, 'incident.status.closed') }),
      );
      await expect(status).toContainText(text.lessons);
      const timeline = page.getByRole('list', { name: t(lang, 'incident.timeline.listLabel') });
      await expect(timeline).toContainText('Lukket');
      await expectAccessible(page, 'incident closed');

      // The breach stays in the breach log, with its exports.
      await page.getByRole('link', { name: t(lang, 'incident.detail.back') }).click();
      await page.getByRole('link', { name: t(lang, 'breachLog.title'), exact: true }).click();
      await expect(page.getByRole('row').filter({ hasText: reference })).toBeVisible();
      const xlsx = await page
        .getByRole('link', { name: t(lang, 'breachLog.exportXlsx') })
        .getAttribute('href');
      expect((await page.request.get(xlsx ?? '')).status()).toBe(200);
      await expectAccessible(page, 'breach log');
    });

    test('anyone reports a vulnerability without signing in; the officer accepts it as an incident', async ({
      page,
    }) => {
      test.setTimeout(90_000);
      const summary = `XSS i kontaktformularen <script> ${lang} ${Date.now()}`;
      await page.goto('/p/vulnerability-report');
      if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
      await expect(pageHeading(page)).toHaveText(t(lang, 'vulnReport.public.title'));
      await expectAccessible(page, 'public vulnerability report form');
      await page
        .getByRole('combobox', { name: t(lang, 'vulnReport.public.org') })
        .selectOption({ label: HOSPITAL });
      await page.getByLabel(t(lang, 'vulnReport.fields.summary')).fill(summary);
      await page
        .getByRole('textbox', { name: t(lang, 'vulnReport.fields.description'), exact: true })
        .fill('Trin: indsæt <img src=x onerror=alert(1)> i feltet.');
      await page.getByRole('button', { name: t(lang, 'vulnReport.public.submit') }).click();
      const code = (await page.getByTestId('receipt-code').textContent())?.trim() ?? '';
      expect(code.length).toBeGreaterThan(9);
      await expectAccessible(page, 'vulnerability receipt');
      await page.getByRole('textbox', { name: t(lang, 'vulnReport.public.code'), exact: true }).fill(code);
      await page.getByRole('button', { name: t(lang, 'vulnReport.public.lookup') }).click();
      await expect(
        page.getByRole('status').filter({ hasText: t(lang, 'vulnReport.status.received') }),
      ).toBeVisible();
      await expectAccessible(page, 'vulnerability status');

      // The hospital's security officer reads it as plain text and accepts it as an incident.
      await switchUser(page, lang, 'security_officer');
      await selectOrganisation(page.getByRole('banner').getByLabel(t(lang, 'orgSwitcher.label')), HOSPITAL);
      await expect(pageHeading(page)).toHaveText(HOSPITAL);
      await mainNav(page, lang)
        .getByRole('link', { name: t(lang, 'complianceNav.incidents') })
        .click();
      await page.getByRole('link', { name: t(lang, 'vulnReport.inbox.title') }).click();
      await expect(pageHeading(page)).toHaveText(t(lang, 'vulnReport.inbox.title'));
      await expectAccessible(page, 'external reports');
      await page.getByRole('link', { name: summary }).click();
      await expect(page.getByRole('heading', { level: 2, name: summary })).toBeVisible();
      await expect(page.getByRole('main')).toContainText('<img src=x onerror=alert(1)>');
      await expectAccessible(page, 'external report');
      await page.getByRole('button', { name: t(lang, 'vulnReport.decision.submit') }).click();
      await expect(
        page.getByRole('status').filter({ hasText: t(lang, 'vulnReport.decision.accepted') }),
      ).toBeVisible();
      await page.getByRole('link', { name: t(lang, 'vulnReport.decision.openIncident') }).click();
      await expect(pageHeading(page)).toContainText(summary);
      await expectAccessible(page, 'incident from an external report');
      const lookup = await page.request.get(
        `/api/v1/public/vulnerability-reports/${encodeURIComponent(code)}`,
      );
      expect(await lookup.json()).toEqual({ status: 'accepted' });
    });
  });
}
