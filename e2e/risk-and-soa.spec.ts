import { loginAgain, logout, openFromNav, switchTo } from './session-helpers.ts';
import { demoUser, expect, expectAccessible, LANGS, login, pageHeading, t, test } from './support.ts';

const HOSPITAL = 'Vestkystens Universitetshospital';
const NETWORK = 'Hospitalsnetværk og trådløst net';
const RANSOMWARE = { da: 'Ransomware og afpresning', en: 'Ransomware and extortion' } as const;

for (const lang of LANGS) {
  test.describe(`risk management and SoA (${lang})`, () => {
    test('an asset and a risk from a threat reach the heat map, and management accepts the risk', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const stamp = Date.now();
      const assetName = lang === 'da' ? `Dialyse-gateway Æbeltoft ${stamp}` : `Dialysis gateway ${stamp}`;

      await login(page, lang, demoUser('security_officer'));
      await switchTo(page, lang, HOSPITAL);

      // The asset register, then a new asset that depends on the hospital network.
      await openFromNav(page, lang, 'ismsNav.assets');
      await expect(pageHeading(page)).toHaveText(t(lang, 'assets.title', { org: HOSPITAL }));
      await expect(
        page.getByRole('table', { name: t(lang, 'assets.caption', { org: HOSPITAL }) }),
      ).toContainText(NETWORK);
      await expectAccessible(page, 'asset register');

      const registerDownload = page.waitForEvent('download');
      await page.getByRole('button', { name: t(lang, 'assets.exportRegister') }).click();
      expect((await registerDownload).suggestedFilename()).toMatch(/\.xlsx$/);

      await page.getByRole('link', { name: t(lang, 'assets.create') }).click();
      await expect(pageHeading(page)).toHaveText(t(lang, 'assets.createTitle', { org: HOSPITAL }));
      await page.getByRole('textbox', { name: t(lang, 'assets.name'), exact: true }).fill(assetName);
      await page.getByLabel(t(lang, 'assets.kind'), { exact: true }).selectOption('device');
      await page.getByLabel(t(lang, 'assets.criticality'), { exact: true }).selectOption('4');
      await page.getByLabel(t(lang, 'assets.availability'), { exact: true }).selectOption('4');
      await page.getByLabel(t(lang, 'assets.integrity'), { exact: true }).selectOption('4');
      await page.getByRole('checkbox', { name: t(lang, 'assets.healthData') }).check();
      await page.getByRole('combobox', { name: t(lang, 'assets.dependsOnLegend') }).fill('netværk');
      await page.getByRole('option', { name: new RegExp(`^${NETWORK}`) }).click();
      // Done picking: the list closes, as when a user moves on to the next field.
      await page.keyboard.press('Escape');
      await expectAccessible(page, 'asset form');
      await page.getByRole('button', { name: t(lang, 'assets.createSubmit') }).click();

      await expect(pageHeading(page)).toHaveText(assetName);
      await expect(page.getByRole('status').filter({ hasText: t(lang, 'assets.created') })).toBeVisible();
      const dependsOn = page.getByRole('region', {
        name: t(lang, 'assets.dependsOnHeading', { name: assetName }),
      });
      await expect(dependsOn.getByRole('link', { name: NETWORK })).toBeVisible();
      await expectAccessible(page, 'asset detail');

      // What breaks if the network fails: the new gateway is among the assets hit.
      await dependsOn.getByRole('link', { name: NETWORK }).click();
      await expect(pageHeading(page)).toHaveText(NETWORK);
      const impact = page.getByRole('table', { name: t(lang, 'assets.impactCaption', { name: NETWORK }) });
      await expect(impact.getByRole('link', { name: assetName })).toBeVisible();
      await expectAccessible(page, 'asset impact');

      // A risk from the threat catalogue, on the new asset, owned by the hospital's risk owner.
      await openFromNav(page, lang, 'ismsNav.risks');
      await expect(pageHeading(page)).toHaveText(t(lang, 'risks.title', { org: HOSPITAL }));
      await expectAccessible(page, 'risk register');
      await page.getByRole('link', { name: t(lang, 'risks.create') }).click();
      await expect(pageHeading(page)).toHaveText(t(lang, 'risks.createTitle', { org: HOSPITAL }));
      await page.getByLabel(t(lang, 'risks.threat')).selectOption({ label: RANSOMWARE[lang] });
      const title = page.getByLabel(t(lang, 'risks.fields.title'));
      await expect(title).toHaveValue(RANSOMWARE[lang]);
      const riskTitle = `${RANSOMWARE[lang]}: ${assetName}`;
      await title.fill(riskTitle);
      await page
        .getByLabel(t(lang, 'risks.fields.owner'), { exact: true })
        .selectOption({ label: 'Rasmus Risikoejer' });
      await page.getByRole('combobox', { name: t(lang, 'risks.assetsLegend') }).fill(String(stamp));
      await page.getByRole('option', { name: assetName }).click();
      await page.keyboard.press('Escape');
      await page.getByLabel(t(lang, 'risks.fields.likelihood'), { exact: true }).selectOption('4');
      await page
        .getByLabel(t(lang, 'risks.fields.consequencePatientSafety'), { exact: true })
        .selectOption('5');
      // Likelihood 4 × the highest consequence 5 = 20: "Kritisk" in the default matrix, above tolerance 9.
      await expect(page.getByText(t(lang, 'risks.previewScore')).first()).toBeVisible();
      await expect(page.locator('.level-badge').first()).toContainText('20');
      await page.getByLabel(t(lang, 'risks.fields.treatment'), { exact: true }).selectOption('reduce');
      await page.getByLabel(t(lang, 'risks.fields.plannedControls')).fill('Segmentering og offline backup');
      await page.getByLabel(t(lang, 'risks.fields.residualLikelihood'), { exact: true }).selectOption('2');
      await page
        .getByLabel(t(lang, 'risks.fields.residualConsequencePatientSafety'), { exact: true })
        .selectOption('4');
      await expectAccessible(page, 'risk form');
      await page.getByRole('button', { name: t(lang, 'risks.createSubmit') }).click();

      await expect(pageHeading(page)).toHaveText(riskTitle);
      await expect(page.getByRole('status').filter({ hasText: t(lang, 'risks.created') })).toBeVisible();
      const assessment = page.getByTestId('risk-assessment');
      await expect(
        assessment.getByRole('row', { name: new RegExp(t(lang, 'risks.inherent')) }),
      ).toContainText('20');
      await expect(
        assessment.getByRole('row', { name: new RegExp(t(lang, 'risks.residual')) }),
      ).toContainText('8');
      await expect(page.getByTestId('risk-threats')).toContainText(RANSOMWARE[lang]);
      await expectAccessible(page, 'risk detail');
      const riskUrl = page.url();

      // The heat map: likelihood 4 × consequence 5 before controls, 2 × 4 after.
      await openFromNav(page, lang, 'ismsNav.heatMap');
      await expect(pageHeading(page)).toHaveText(t(lang, 'heatMap.title', { org: HOSPITAL }));
      const inherent = page.getByTestId('heat-map-inherent');
      await expect(inherent.getByRole('columnheader', { name: '5 – Katastrofal' })).toBeVisible();
      await expect(inherent.getByRole('rowheader', { name: '4 – Høj' })).toBeVisible();
      const cell = inherent.getByRole('button', {
        name: /sandsynlighed 4 – Høj, konsekvens 5 – Katastrofal|likelihood 4 – Høj, consequence 5 – Katastrofal/,
      });
      await cell.click();
      await expect(cell).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByTestId('heat-selection').getByRole('link', { name: riskTitle })).toBeVisible();
      const residual = page.getByTestId('heat-map-residual');
      await residual
        .getByRole('button', {
          name: /sandsynlighed 2 – Lav, konsekvens 4 – Alvorlig|likelihood 2 – Lav, consequence 4 – Alvorlig/,
        })
        .click();
      await expect(page.getByTestId('heat-selection').getByRole('link', { name: riskTitle })).toBeVisible();
      await expectAccessible(page, 'heat map');

      // Management accepts the risk; the owner never could.
      await logout(page, lang, 'Søren Sikkerhed');
      await loginAgain(page, lang, demoUser('management'));
      await page.goto(riskUrl);
      await expect(pageHeading(page)).toHaveText(riskTitle);
      const acceptance = page.getByRole('region', { name: t(lang, 'risks.acceptanceHeading') });
      await expect(acceptance).toContainText(t(lang, 'risks.notAccepted'));
      await expectAccessible(page, 'risk detail for management');
      await acceptance
        .getByLabel(t(lang, 'risks.acceptanceReason'))
        .fill('Restrisikoen er acceptabel, når segmenteringen er gennemført.');
      await acceptance.getByRole('button', { name: t(lang, 'risks.acceptSubmit') }).click();
      await expect(
        page.getByRole('status').filter({ hasText: t(lang, 'risks.acceptedMessage') }),
      ).toBeVisible();
      await expect(page.getByTestId('risk-status')).toHaveText(t(lang, 'risks.statuses.accepted'));
      await expect(page.getByTestId('risk-acceptance')).toContainText('Mette Ledelse');
      await expectAccessible(page, 'accepted risk');
    });

    test('the security officer marks an SoA control not applicable with a justification and exports the SoA', async ({
      page,
    }) => {
      await login(page, lang, demoUser('security_officer'));
      await switchTo(page, lang, HOSPITAL);
      await openFromNav(page, lang, 'ismsNav.soa');
      await expect(pageHeading(page)).toHaveText(t(lang, 'soa.title', { org: HOSPITAL }));
      // Annex A in full: the four themes.
      for (const theme of ['organisational', 'people', 'physical', 'technological']) {
        await expect(
          page.getByRole('heading', { level: 2, name: t(lang, `soa.themes.${theme}`) }),
        ).toBeVisible();
      }
      await expect(page.getByTestId('soa-summary')).toContainText('/ 93');
      await expectAccessible(page, 'SoA');

      // 7.6 "Working in secure areas": not applicable needs a justification.
      const code = lang === 'da' ? '7.6' : '7.7';
      const row = page.locator(`tr[data-requirement="A.${code}"]`);
      await row.getByRole('button', { name: t(lang, 'soa.editFor', { code }) }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await dialog.getByRole('radio', { name: t(lang, 'soa.decisionNo') }).check();
      await dialog.getByLabel(t(lang, 'soa.justification')).fill('');
      await dialog.getByRole('button', { name: t(lang, 'common.save') }).click();
      const fieldError =
        lang === 'da'
          ? 'Angiv en begrundelse, når en kontrol ikke er relevant for organisationen.'
          : 'Give a justification when a control is not applicable to the organisation.';
      await expect(dialog.getByText(fieldError)).toBeVisible();
      await expectAccessible(page, 'SoA entry with a missing justification');

      const justification =
        lang === 'da'
          ? 'Hospitalet har ingen sikre områder ud over datacentret, som drives af regionen.'
          : 'The hospital has no secure areas besides the data centre run by the region.';
      await dialog.getByLabel(t(lang, 'soa.justification')).fill(justification);
      await dialog.getByRole('button', { name: t(lang, 'common.save') }).click();
      await expect(dialog).toBeHidden();
      await expect(row).toContainText(t(lang, 'soa.statuses.not_applicable'));
      await expect(row).toContainText(justification);
      await expectAccessible(page, 'SoA after the change');

      // The SoA as XLSX and PDF, in the UI language.
      for (const [key, extension] of [
        ['soa.exportXlsx', 'xlsx'],
        ['soa.exportPdf', 'pdf'],
      ] as const) {
        const download = page.waitForEvent('download');
        await page.getByRole('button', { name: t(lang, key) }).click();
        const file = await download;
        expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${extension}$`));
        expect(file.suggestedFilename()).toContain(HOSPITAL);
      }
    });

    test('a clinic owner works through the nine recommendations', async ({ page }) => {
      await login(page, lang, 'clinic@demo.skjold.dk');
      await openFromNav(page, lang, 'ismsNav.soa');
      await expect(pageHeading(page)).toHaveText(t(lang, 'soa.title', { org: 'Øjenlægerne i Århus' }));
      const list = page.getByTestId('clinic-recommendations');
      await expect(list.getByRole('listitem')).toHaveCount(9);
      await expectAccessible(page, 'clinic recommendations');

      const first = list.getByRole('listitem').nth(lang === 'da' ? 0 : 1);
      await first.getByRole('button').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(t(lang, 'soa.implementationStatus')).selectOption('implemented');
      await dialog.getByRole('button', { name: t(lang, 'common.save') }).click();
      await expect(dialog).toBeHidden();
      await expect(first).toContainText(t(lang, 'soa.statuses.implemented'));
      await expect(page.getByTestId('clinic-progress')).not.toContainText(/^0 /);
      await expectAccessible(page, 'clinic recommendations after an update');
    });
  });
}
