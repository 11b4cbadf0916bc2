import type { Page } from '@playwright/test';
import { demoUser, expect, expectAccessible, login, pageHeading, t, test } from './support.ts';

const HOSPITAL = 'Vestkystens Universitetshospital';

type RiskItem = {
  id: string;
  title: string;
  ownerUserId: string | null;
  can: { update: boolean; accept: boolean };
};

/** What the API says about the hospital's risks, asked with the browser's own session. */
async function risksAsApiSeesThem(page: Page): Promise<{ orgId: string; meId: string; risks: RiskItem[] }> {
  const me = (await (await page.request.get('/api/v1/me')).json()) as { id: string };
  const orgs = (await (await page.request.get(`/api/v1/orgs?q=${encodeURIComponent(HOSPITAL)}`)).json()) as {
    items: { id: string; name: string }[];
  };
  const hospital = orgs.items.find((org) => org.name === HOSPITAL);
  if (!hospital) throw new Error('the demo hospital is missing');
  const list = await page.request.get(`/api/v1/orgs/${hospital.id}/risks?limit=100`);
  expect(list.status()).toBe(200);
  const { items } = (await list.json()) as { items: RiskItem[] };
  return { orgId: hospital.id, meId: me.id, risks: items };
}

async function openRisk(page: Page, orgId: string, risk: RiskItem): Promise<void> {
  await page.goto(`/o/${orgId}/risks/${risk.id}`);
  await expect(pageHeading(page)).toHaveText(risk.title);
}

test.describe('the web offers only what the API allows (da)', () => {
  test('a risk owner may edit their own risk but not another’s; an auditor may edit none', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const edit = () => page.getByRole('button', { name: t('da', 'risks.edit'), exact: true });

    await login(page, 'da', demoUser('risk_owner'));
    const asOwner = await risksAsApiSeesThem(page);
    const own = asOwner.risks.find((risk) => risk.ownerUserId === asOwner.meId && risk.can.update);
    const others = asOwner.risks.find((risk) => risk.ownerUserId !== asOwner.meId && !risk.can.update);
    if (!own || !others)
      throw new Error('the demo needs a risk the owner holds and one held by someone else');

    await openRisk(page, asOwner.orgId, own);
    await expect(edit()).toBeVisible();
    await expectAccessible(page, 'own risk as risk owner');
    await openRisk(page, asOwner.orgId, others);
    await expect(page.getByTestId('risk-status')).toBeVisible();
    await expect(edit()).toHaveCount(0);

    await page.context().clearCookies();
    await login(page, 'da', demoUser('auditor'));
    const asAuditor = await risksAsApiSeesThem(page);
    expect(asAuditor.risks.length).toBeGreaterThan(0);
    expect(asAuditor.risks.every((risk) => !risk.can.update && !risk.can.accept)).toBe(true);
    const sameRisk = asAuditor.risks.find((risk) => risk.id === own.id) as RiskItem;
    await openRisk(page, asAuditor.orgId, sameRisk);
    await expect(page.getByTestId('risk-status')).toBeVisible();
    await expect(edit()).toHaveCount(0);
    await expectAccessible(page, 'risk as auditor');
    await page.goto(`/o/${asAuditor.orgId}/risks`);
    await expect(pageHeading(page)).toHaveText(t('da', 'risks.title', { org: HOSPITAL }));
    await expect(page.getByRole('link', { name: t('da', 'risks.showHeatMap') })).toBeVisible();
    await expect(page.getByRole('link', { name: t('da', 'risks.create') })).toHaveCount(0);
  });
});
