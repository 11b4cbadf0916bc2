import type { Page } from '@playwright/test';
import {
  Authenticator,
  addMember,
  apiLogin,
  changePassword,
  createUnit,
  orgIdByName,
} from './api-helpers.ts';
import { logout, submitLogin } from './session-helpers.ts';
import {
  demoUser,
  expect,
  expectAccessible,
  LANGS,
  type Lang,
  openLogin,
  pageHeading,
  t,
  test,
} from './support.ts';

const REGION = 'Region Vestkysten';

/** Turns two-factor on from the enrolment page: scan (read the secret), confirm, keep the codes. */
async function enrol(page: Page, lang: Lang): Promise<{ authenticator: Authenticator; codes: string[] }> {
  await page.getByRole('button', { name: t(lang, 'mfa.turnOn') }).click();
  await expect(page.getByRole('img', { name: t(lang, 'mfa.qrAlt') })).toBeVisible();
  const secret = await page.getByTestId('totp-secret').getAttribute('data-secret');
  expect(secret).toMatch(/^[A-Z2-7]+=*$/);
  await expect(page.getByTestId('totp-secret')).toHaveText(/^([A-Z2-7=]{1,4} ?)+$/);
  await expectAccessible(page, 'two-factor set-up');
  const authenticator = new Authenticator(secret ?? '');

  // A wrong code is refused with the server's message.
  await page.getByLabel(t(lang, 'mfa.code')).fill('000000');
  await page.getByRole('button', { name: t(lang, 'mfa.confirm') }).click();
  await expect(
    page
      .getByText(
        lang === 'da' ? 'Koden fra godkendelsesappen er forkert.' : 'The authenticator code is wrong.',
      )
      .first(),
  ).toBeVisible();

  await page.getByLabel(t(lang, 'mfa.code')).fill(authenticator.code());
  await page.getByRole('button', { name: t(lang, 'mfa.confirm') }).click();
  const list = page.getByTestId('recovery-codes');
  await expect(list.getByRole('listitem')).toHaveCount(10);
  const codes = (await list.getByRole('listitem').allTextContents()).map((code) => code.trim());
  await expect(page.getByText(t(lang, 'mfa.recoveryOnce'))).toBeVisible();
  await expectAccessible(page, 'recovery codes');

  const done = page.getByRole('button', { name: t(lang, 'mfa.recoveryDone') });
  await expect(done).toBeDisabled();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t(lang, 'mfa.downloadCodes') }).click();
  expect((await download).suggestedFilename()).toBe(t(lang, 'mfa.recoveryFileName'));
  await page.getByRole('checkbox', { name: t(lang, 'mfa.recoverySaved') }).check();
  await done.click();
  return { authenticator, codes };
}

async function secondStep(page: Page, lang: Lang): Promise<void> {
  await expect(page.getByRole('heading', { level: 2, name: t(lang, 'loginTotp.heading') })).toBeVisible();
  await expect(page.getByLabel(t(lang, 'loginTotp.code'))).toBeFocused();
}

for (const lang of LANGS) {
  test.describe(`two-factor and API tokens (${lang})`, () => {
    test('a member of an organisation that requires two-factor enrols, signs in with a code and manages API tokens', async ({
      page,
      request,
    }) => {
      test.setTimeout(150_000);
      const stamp = Date.now();
      const admin = await apiLogin(request, demoUser('admin'));
      const hospitalId = await orgIdByName(admin, 'Vestkystens Universitetshospital');
      const unitName = lang === 'da' ? `Kræftafdelingen ${stamp}` : `Cancer ward ${stamp}`;
      const unitId = await createUnit(admin, hospitalId, unitName, true);
      const email = `totp.${lang}.${stamp}@example.dk`;
      const name = lang === 'da' ? 'Ølse Tofaktor' : 'Tess Twofactor';
      const oneTime = await addMember(admin, unitId, { email, name, role: 'security_officer' });
      const password = `Nyt-kodeord-${stamp}`;

      // First sign-in: a new password, then the organisation's two-factor requirement.
      await openLogin(page, lang);
      await submitLogin(page, lang, email, oneTime);
      await expect(page).toHaveURL(/\/profile$/);
      await page
        .getByRole('textbox', { name: t(lang, 'profile.currentPassword'), exact: true })
        .fill(oneTime);
      await page.getByRole('textbox', { name: t(lang, 'profile.newPassword'), exact: true }).fill(password);
      await page
        .getByRole('textbox', { name: t(lang, 'profile.repeatPassword'), exact: true })
        .fill(password);
      await page.getByRole('button', { name: t(lang, 'profile.changePassword') }).click();

      await expect(page).toHaveURL(/\/profile\/two-factor$/);
      await expect(pageHeading(page)).toHaveText(t(lang, 'mfa.title'));
      await expect(page.getByRole('alert')).toContainText(t(lang, 'mfa.requiredTitle'));
      await expectAccessible(page, 'two-factor required');
      // Nothing else opens until two-factor is on.
      await page.goto('/tasks');
      await expect(page).toHaveURL(/\/profile\/two-factor$/);

      const { authenticator, codes } = await enrol(page, lang);
      // Done: the app opens at the unit's overview.
      await expect(page).toHaveURL(/\/o\/[^/]+$/);
      await expect(pageHeading(page)).toHaveText(unitName);

      // Signing in now takes a second step; a recovery code works instead of the app.
      await logout(page, lang, name);
      await submitLogin(page, lang, email, password);
      await secondStep(page, lang);
      await expectAccessible(page, 'login second step');
      await page.getByRole('button', { name: t(lang, 'loginTotp.useRecovery') }).click();
      await page.getByLabel(t(lang, 'loginTotp.recoveryCode')).fill(codes[0] ?? '');
      await page.getByRole('button', { name: t(lang, 'loginTotp.submit') }).click();
      await expect(pageHeading(page)).toHaveText(unitName);

      // And with the code from the app; a wrong code first shows the server's message.
      await logout(page, lang, name);
      await submitLogin(page, lang, email, password);
      await secondStep(page, lang);
      await page.getByLabel(t(lang, 'loginTotp.code')).fill('123456');
      await page.getByRole('button', { name: t(lang, 'loginTotp.submit') }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await expectAccessible(page, 'login second step with a wrong code');
      await page.getByLabel(t(lang, 'loginTotp.code')).fill(authenticator.code());
      await page.getByRole('button', { name: t(lang, 'loginTotp.submit') }).click();
      await expect(pageHeading(page)).toHaveText(unitName);

      // The profile shows two-factor on, required by the organisation, nine recovery codes left.
      await page.goto('/profile/two-factor');
      await expect(page.getByTestId('mfa-state')).toHaveText(t(lang, 'mfa.onIntro'));
      await expect(page.getByText(t(lang, 'mfa.codesLeft_other', { count: 9 }))).toBeVisible();
      await expect(page.getByText(t(lang, 'mfa.requiredCannotDisable'))).toBeVisible();
      await expectAccessible(page, 'two-factor on');

      // Personal API tokens: create one with an expiry, see it once, use it, revoke it.
      await page
        .getByRole('navigation', { name: t(lang, 'profileNav.label') })
        .getByRole('link', { name: t(lang, 'profileNav.tokens') })
        .click();
      await expect(pageHeading(page)).toHaveText(t(lang, 'tokens.title'));
      await expect(page.getByText(t(lang, 'tokens.empty'))).toBeVisible();
      await expectAccessible(page, 'API tokens');
      const tokenName =
        lang === 'da' ? 'Månedlig eksport til ledelsesrapport' : 'Monthly export for the board';
      const form = page.getByRole('form', { name: t(lang, 'tokens.createHeading') });
      await form.getByRole('textbox', { name: t(lang, 'tokens.name') }).fill(tokenName);
      const expires = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
      await form.getByLabel(t(lang, 'tokens.expiresOn')).fill(expires);
      await form.getByRole('button', { name: t(lang, 'tokens.create') }).click();

      const dialog = page.getByRole('dialog', { name: t(lang, 'tokens.shownOnceTitle') });
      await expect(dialog).toBeVisible();
      const token = (await dialog.getByTestId('new-api-token').textContent())?.trim() ?? '';
      expect(token.length).toBeGreaterThan(20);
      await expect(dialog.getByRole('button', { name: t(lang, 'tokens.copy') })).toBeVisible();
      await expectAccessible(page, 'new API token');
      await dialog.getByRole('button', { name: t(lang, 'tokens.done') }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText(token)).toHaveCount(0);

      const table = page.getByRole('table', { name: t(lang, 'tokens.caption') });
      const row = table.getByRole('row', { name: new RegExp(tokenName) });
      await expect(row).toContainText(t(lang, 'tokens.states.active'));
      await expect(row).toContainText(t(lang, 'tokens.neverUsed'));

      // The token works on the API with the person's rights.
      const bearer = { Authorization: `Bearer ${token}` };
      const meByToken = await request.get('/api/v1/me', { headers: bearer });
      expect(meByToken.status()).toBe(200);
      expect((await meByToken.json()).email).toBe(email);

      await row.getByRole('button', { name: t(lang, 'tokens.revokeFor', { name: tokenName }) }).click();
      const confirm = page.getByRole('dialog', { name: t(lang, 'tokens.revokeTitle') });
      await expect(confirm).toContainText(tokenName);
      await expectAccessible(page, 'revoke token confirmation');
      await confirm.getByRole('button', { name: t(lang, 'tokens.revoke') }).click();
      await expect(row).toContainText(t(lang, 'tokens.states.revoked'));
      await expect(
        page.getByRole('status').filter({ hasText: t(lang, 'tokens.revoked', { name: tokenName }) }),
      ).toBeVisible();
      expect((await request.get('/api/v1/me', { headers: bearer })).status()).toBe(401);
      await expectAccessible(page, 'API tokens after revoking');
    });

    test('a person turns two-factor on and off again with the password and a recovery code', async ({
      page,
      request,
      playwright,
    }) => {
      const stamp = Date.now();
      const admin = await apiLogin(request, demoUser('admin'));
      const region = admin.me.memberships.find((m) => m.orgName === REGION);
      const email = `totp.off.${lang}.${stamp}@example.dk`;
      const name = lang === 'da' ? 'Åge Valgfri' : 'Owen Optional';
      const oneTime = await addMember(admin, region?.orgId ?? '', { email, name, role: 'contributor' });
      const password = `Eget-kodeord-${stamp}`;
      const own = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
      await changePassword(await apiLogin(own, email, oneTime), oneTime, password);
      await own.dispose();

      await openLogin(page, lang);
      await submitLogin(page, lang, email, password);
      await expect(pageHeading(page)).toHaveText(REGION);
      await page.goto('/profile/two-factor');
      await expect(page.getByRole('heading', { level: 2, name: t(lang, 'mfa.offHeading') })).toBeVisible();
      await expectAccessible(page, 'two-factor off');
      const { codes } = await enrol(page, lang);
      await expect(page.getByTestId('mfa-state')).toHaveText(t(lang, 'mfa.onIntro'));
      await expect(page.getByRole('status').filter({ hasText: t(lang, 'mfa.enabledStatus') })).toBeVisible();

      // Turning it off takes the password and a code; here a recovery code.
      const off = page.getByRole('form', { name: t(lang, 'mfa.turnOffHeading') });
      await off.getByRole('textbox', { name: t(lang, 'mfa.password'), exact: true }).fill(password);
      await off.getByRole('button', { name: t(lang, 'mfa.useRecoveryCode') }).click();
      await off.getByRole('textbox', { name: t(lang, 'mfa.recoveryCode') }).fill(codes[3] ?? '');
      await expectAccessible(page, 'turn two-factor off');
      await off.getByRole('button', { name: t(lang, 'mfa.turnOff') }).click();
      await expect(page.getByRole('heading', { level: 2, name: t(lang, 'mfa.offHeading') })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: t(lang, 'mfa.disabledStatus') })).toBeVisible();

      // Signing in is one step again.
      await logout(page, lang, name);
      await submitLogin(page, lang, email, password);
      await expect(pageHeading(page)).toHaveText(REGION);
    });
  });
}
