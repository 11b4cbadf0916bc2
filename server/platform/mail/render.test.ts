import { describe, expect, it } from 'vitest';
import { escapeHtml, renderMail } from './render.ts';
import { templateNames } from './templates.ts';

const task = { orgName: 'Hospital Syd', taskTitle: 'Gennemgå adgange', dueDate: '2026-12-01' };

describe('mail templates', () => {
  it('render the task reminder in Danish and English with local date formats', () => {
    const da = renderMail('task_reminder', 'da', task);
    const en = renderMail('task_reminder', 'en', task);
    expect(da.subject).toBe('Påmindelse: Gennemgå adgange (frist 1. december 2026)');
    expect(en.subject).toBe('Reminder: Gennemgå adgange (due 1 December 2026)');
    expect(da.text).toContain('Opgaven "Gennemgå adgange" i Hospital Syd har frist 1. december 2026.');
    expect(da.text).toContain('Denne e-mail er sendt automatisk af Skjold');
    expect(en.html).toContain('<html lang="en">');
  });

  it('escape params in the HTML part and keep the subject on one line', () => {
    const mail = renderMail('task_overdue', 'da', {
      ...task,
      taskTitle: '<script>alert("x")</script> & co\r\nBcc: someone',
      url: 'https://skjold.example.dk/o/1/tasks?a=1&b=2',
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(mail.html).toContain('href="https://skjold.example.dk/o/1/tasks?a=1&amp;b=2"');
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.text).toContain('https://skjold.example.dk/o/1/tasks?a=1&b=2');
  });

  it('refuse links that are not http(s) and params that do not fit the template', () => {
    expect(() => renderMail('task_reminder', 'en', { ...task, url: 'javascript:alert(1)' })).toThrow();
    expect(() => renderMail('task_reminder', 'en', { ...task, dueDate: 'tomorrow' })).toThrow();
    expect(() =>
      renderMail('audit_chain_head', 'en', { at: new Date().toISOString(), chains: [] }),
    ).toThrow();
  });

  it('render the audit chain head with every chain the admin answers for', () => {
    const hash = 'ab'.repeat(32);
    const mail = renderMail('audit_chain_head', 'da', {
      at: '2026-11-26T05:00:00.000Z',
      chains: [
        { orgName: 'Hospital Syd', seq: 42, hash },
        { orgName: null, seq: 7, hash },
      ],
    });
    expect(mail.subject).toBe('Revisionsloggens kædehoved 26. november 2026 kl. 06.00');
    expect(mail.text).toContain(`Hospital Syd: 42 / ${hash}`);
    expect(mail.text).toContain(`Installationen (fælles kæde): 7 / ${hash}`);
  });

  it('exist for the same names in both languages', () => {
    /** Sample params of templates whose params are not the task ones. */
    const samples: Partial<Record<(typeof templateNames)[number], unknown>> = {
      test_mail: {},
      audit_chain_head: {
        at: '2026-11-26T05:00:00.000Z',
        chains: [{ orgName: 'X', seq: 1, hash: 'c'.repeat(64) }],
      },
      incident_dpo_escalation: {
        orgName: 'Hospital Syd',
        reference: 'INC-2026-0001',
        category: 'phishing',
        severity: null,
        reportedAt: '2026-11-26T05:00:00.000Z',
        awareAt: '2026-11-26T04:00:00.000Z',
        gdprDueAt: '2026-11-29T04:00:00.000Z',
      },
      incident_deadline_overdue: {
        orgName: 'Hospital Syd',
        reference: 'INC-2026-0001',
        deadline: 'gdpr_authority',
        dueAt: '2026-11-29T04:00:00.000Z',
      },
      vulnerability_report_received: { orgName: 'Hospital Syd', receivedAt: '2026-11-26T05:00:00.000Z' },
      document_acknowledgement: {
        orgName: 'Hospital Syd',
        documentTitle: 'Informationssikkerhedspolitik',
        versionNumber: 2,
      },
    };
    for (const name of templateNames) {
      const params = name in samples ? samples[name] : task;
      expect(renderMail(name, 'da', params).subject).not.toBe(renderMail(name, 'en', params).subject);
    }
  });

  it('escape the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
