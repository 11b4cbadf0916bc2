import { createTransport } from 'nodemailer';

type SmtpTransport = ReturnType<typeof createTransport>;

const transports = new Map<string, SmtpTransport>();

/**
 * One nodemailer SMTP transport per SMTP_URL (smtp://user:pass@host:587 upgrades with
 * STARTTLS when the server offers it; smtps:// is TLS from the start). Short timeouts keep a
 * dead mail server from holding a job for minutes; the job is retried later instead.
 */
export function smtpTransport(url: string): SmtpTransport {
  let transport = transports.get(url);
  if (!transport) {
    transport = createTransport({
      url,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    });
    transports.set(url, transport);
  }
  return transport;
}
