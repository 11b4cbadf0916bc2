import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { todayLocal } from '../../platform/clock.ts';
import { makeOrg, makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb } from '../../test/harness.ts';
import {
  reportIncident,
  triageAsBreach,
  triagedBreach,
  withVersion,
} from '../../test/incidents-factories.ts';
import { pdfText } from '../../test/pdf-text.ts';

type ReportText = { kind: string; text: string; missing: string[]; complete: boolean };

describeEachDb('incidents: report texts, exports and statistics', (get) => {
  it('prepares the GDPR art. 33(3) text with exactly its contents, flags what is missing and masks CPR numbers', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const employee = await makeUser(t, org, 'employee');
    const officer = await makeUser(t, org, 'security_officer');
    const dpo = await makeUser(t, org, 'dpo', { name: 'Dorte Databeskyttelse' });
    const { id, reference } = await reportIncident(t, employee, org, {
      description: 'Epikrise for 010190-1234 blev sendt til forkert praksis.',
      acknowledgeCpr: true,
    });
    await withVersion(t, officer, org.id, id, 'PATCH', '', {
      category: 'misdirected_patient_data',
      severity: 'high',
    });
    const texts = async () =>
      (
        await t.request('GET', `/api/v1/orgs/${org.id}/incidents/${id}/report-texts`, { as: dpo.session })
      ).json().texts as ReportText[];
    const first = (await texts()).find((x) => x.kind === 'gdpr_art33') as ReportText;
    expect(first.complete).toBe(false);
    expect(first.missing).toEqual([
      'Kategorier og omtrentligt antal berørte registrerede',
      'Kategorier og omtrentligt antal berørte registreringer af personoplysninger',
      'Sandsynlige konsekvenser af bruddet',
      'Foranstaltninger, der er truffet eller foreslået, herunder for at begrænse skadevirkninger',
    ]);
    expect(first.text).toContain('[MANGLER]');
    expect(first.text).toContain(`Intern reference: ${reference}`);
    expect(first.text).toContain(
      'Fejlsendte patientoplysninger. Epikrise for 010190-**** blev sendt til forkert praksis.',
    );
    expect(first.text).not.toContain('010190-1234');
    expect(first.text).toContain(`Dorte Databeskyttelse, ${dpo.email}`);
    await triageAsBreach(t, officer, org.id, id);
    const filled = (await texts()).find((x) => x.kind === 'gdpr_art33') as ReportText;
    expect(filled.missing).toEqual([]);
    expect(filled.complete).toBe(true);
    expect(filled.text).toContain('Patienter - ca. 40 registrerede');
    expect(filled.text).toContain('Helbredsoplysninger, Navn og identitet - ca. 40 registreringer');
    expect(filled.text).toContain('Begrundelse for forsinkelse:\nIkke relevant');
  });

  it('prepares the NIS2 texts stage by stage and asks for the delay reason once the 72 hours have passed', async () => {
    const t = get();
    const { org, officer, id } = await triagedBreach(t);
    const get1 = async () =>
      (
        await t.request('GET', `/api/v1/orgs/${org.id}/incidents/${id}/report-texts`, { as: officer.session })
      ).json().texts as ReportText[];
    const early = (await get1()).find((x) => x.kind === 'nis2_early_warning') as ReportText;
    expect(early.missing).toEqual([
      'Mistanke om ulovlig eller ondsindet handling',
      'Mulig grænseoverskridende virkning',
    ]);
    await withVersion(t, officer, org.id, id, 'PATCH', '', {
      suspectedMalicious: true,
      crossBorder: false,
      impactDescription: 'Patientportalen var utilgængelig i fire timer.',
      cause: 'Kompromitteret leverandørkonto',
      mitigation: 'Kontoen er spærret; MFA indført for leverandøradgang.',
    });
    await withVersion(t, officer, org.id, id, 'PUT', '/awareness', {
      awareAt: '2026-03-28T10:00:00+01:00',
      reason: 'Kendt fra lørdag',
    });
    const texts = await get1();
    const byKind = (kind: string) => texts.find((x) => x.kind === kind) as ReportText;
    expect(byKind('nis2_early_warning').complete).toBe(true);
    expect(byKind('nis2_early_warning').text).toContain('Ja, der er mistanke');
    expect(byKind('nis2_notification')).toMatchObject({ complete: true });
    expect(byKind('nis2_notification').text).toContain(
      'Kompromitteringsindikatorer (hvis tilgængelige):\nIkke tilgængelig.',
    );
    expect(byKind('nis2_final_report')).toMatchObject({ complete: true });
    expect(byKind('nis2_final_report').text).toContain('Kompromitteret leverandørkonto');
    // No DPO in this organisation and none named on the incident: flagged, as is the delay reason.
    expect(byKind('gdpr_art33').missing).toEqual([
      'Databeskyttelsesrådgiverens kontaktoplysninger',
      'Begrundelse for forsinkelse',
    ]);
    const base = byKind('base_facts');
    expect(base.missing).toContain('Lokation');
    expect(base.text).toContain('Anmelder:\n');
  });

  it('renders the incident report as a PDF in Danish, CPR numbers masked', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const employee = await makeUser(t, org, 'employee');
    const officer = await makeUser(t, org, 'security_officer');
    const { id, reference } = await reportIncident(t, employee, org, {
      description: 'Brev om 0202021234 lå i forkert kuvert.',
      acknowledgeCpr: true,
    });
    await triageAsBreach(t, officer, org.id, id);
    const response = await t.request('GET', `/api/v1/orgs/${org.id}/incidents/${id}/report.pdf`, {
      as: officer.session,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain(`haendelsesrapport-${reference}.pdf`);
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(response.rawPayload);
    expect(text).toContain(`Hændelsesrapport ${reference}`);
    expect(text).toContain('020202-****');
    expect(text).not.toContain('0202021234');
    expect(text).toContain('Anmeldelse til Datatilsynet');
  });

  it('exports the breach log (notified or not) as XLSX and PDF, formulas neutralised', async () => {
    const t = get();
    const { org, officer, dpo, employee, ...notified } = await triagedBreach(t, { withDpo: true });
    await t.request('POST', `/api/v1/orgs/${org.id}/incidents/${notified.id}/notifications`, {
      as: dpo.session,
      body: {
        recipient: 'datatilsynet',
        stage: 'initial',
        sentAt: new Date().toISOString(),
        reference: '2026-441-7',
      },
    });
    const quiet = await reportIncident(t, employee, org, {
      description: '=HYPERLINK("http://evil.test","klik") blev indsat i et notat',
    });
    await withVersion(t, dpo, org.id, quiet.id, 'PATCH', '/breach-assessment', {
      personalDataBreach: true,
      breachRisk: 'none',
      breachRiskReasoning: 'Kun interne medarbejdere med tavshedspligt så oplysningerne.',
    });
    const notABreach = await reportIncident(t, employee, org, { personalData: 'no' });
    await withVersion(t, dpo, org.id, notABreach.id, 'PATCH', '/breach-assessment', {
      personalDataBreach: false,
    });

    const xlsx = await t.request('GET', `/api/v1/orgs/${org.id}/breach-log.xlsx`, { as: dpo.session });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Brudlog');
    const rows = (sheet?.getSheetValues() ?? []).filter(Boolean) as unknown[][];
    expect(rows[1]?.slice(1, 3)).toEqual(['Reference', 'Kendskab (dansk tid)']);
    const data = rows.slice(2);
    expect(data.map((r) => r[1])).toEqual([quiet.reference, notified.reference]);
    expect(data[0]?.[5]).toBe('\'=HYPERLINK("http://evil.test","klik") blev indsat i et notat');
    expect(data[0]?.[13]).toBe('Kun interne medarbejdere med tavshedspligt så oplysningerne.');
    expect(data[1]?.[15]).toBe('2026-441-7');

    const pdf = await t.request('GET', `/api/v1/orgs/${org.id}/breach-log.pdf`, { as: dpo.session });
    expect(pdf.statusCode).toBe(200);
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain(notified.reference);
    expect(text).toContain(quiet.reference);
    expect(text).not.toContain(notABreach.reference);
    const employeeTry = await t.request('GET', `/api/v1/orgs/${org.id}/breach-log.xlsx`, {
      as: employee.session,
    });
    expect(employeeTry.statusCode).toBe(403);
  });

  it('counts incidents by category, severity and month, rolled up the tree, without dismissed reports', async () => {
    const t = get();
    const { group, org, unit, sibling } = await makeTree(t);
    const other = await makeOrg(t, group, 'organisation', 'Tredje hospital');
    const employee = await makeUser(t, group, 'employee');
    const officer = await makeUser(t, group, 'security_officer');
    const supervisor = await makeUser(t, group, 'supervisor');
    const classify = async (target: typeof org, category: string, severity: string) => {
      const { id } = await reportIncident(t, employee, target, { personalData: 'no' });
      await withVersion(t, officer, target.id, id, 'PATCH', '', { category, severity });
      return id;
    };
    await classify(org, 'phishing', 'low');
    await classify(unit, 'phishing', 'high');
    await classify(sibling, 'ransomware', 'critical');
    const dismissed = await classify(other, 'outage', 'low');
    await withVersion(t, officer, other.id, dismissed, 'POST', '/status', {
      status: 'dismissed',
      reason: 'Øvelse',
    });
    await reportIncident(t, employee, other, { personalData: 'no' });

    const response = await t.request('GET', `/api/v1/orgs/${group.id}/incident-statistics`, {
      as: supervisor.session,
    });
    expect(response.statusCode).toBe(200);
    const stats = response.json();
    const month = todayLocal().slice(0, 7);
    expect(stats).toMatchObject({ total: 4, to: month });
    expect(stats.byMonth).toHaveLength(12);
    expect(stats.byMonth.at(-1)).toEqual({ month, count: 4 });
    const count = (list: { count: number }[], key: string, value: string) =>
      (list as Record<string, unknown>[]).find((x) => x[key] === value)?.count;
    expect(count(stats.byCategory, 'category', 'phishing')).toBe(2);
    expect(count(stats.byCategory, 'category', 'ransomware')).toBe(1);
    expect(count(stats.byCategory, 'category', 'outage')).toBe(0);
    expect(count(stats.byCategory, 'category', 'unclassified')).toBe(1);
    expect(count(stats.bySeverity, 'severity', 'critical')).toBe(1);
    const byOrg = Object.fromEntries(
      stats.byOrganisation.map((o: { orgId: string; count: number }) => [o.orgId, o.count]),
    );
    expect(byOrg).toEqual({ [group.id]: 0, [org.id]: 2, [sibling.id]: 1, [other.id]: 1 });

    const unitStats = await t.request(
      'GET',
      `/api/v1/orgs/${unit.id}/incident-statistics?from=${month}&to=${month}`,
      {
        as: supervisor.session,
      },
    );
    expect(unitStats.json()).toMatchObject({ total: 1, byMonth: [{ month, count: 1 }] });
    const badRange = await t.request(
      'GET',
      `/api/v1/orgs/${group.id}/incident-statistics?from=2020-01&to=2026-01`,
      {
        as: supervisor.session,
      },
    );
    expect(badRange.json().error.code).toBe('statistics_range_invalid');
    const reversed = await t.request(
      'GET',
      `/api/v1/orgs/${group.id}/incident-statistics?from=2026-05&to=2026-04`,
      {
        as: supervisor.session,
      },
    );
    expect(reversed.statusCode).toBe(400);
    expect(
      (await t.request('GET', `/api/v1/orgs/${group.id}/incident-statistics`, { as: employee.session }))
        .statusCode,
    ).toBe(403);
  });
});
