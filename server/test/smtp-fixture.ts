import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { JobRunner } from '../platform/jobs/runner.ts';
import type { TestApp } from './harness.ts';

export type ReceivedMail = { to: string[]; raw: string };

/** An SMTP server's onData handler that collects each message, with its recipients, into `received`. */
export function receiveInto(received: ReceivedMail[]): NonNullable<SMTPServerOptions['onData']> {
  return (stream, session, callback) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      received.push({
        to: session.envelope.rcptTo.map((r) => r.address),
        raw: Buffer.concat(chunks).toString('utf8'),
      });
      callback();
    });
  };
}

/**
 * A real SMTP server on loopback for tests that assert on delivered mail: start it in
 * beforeAll, point a job runner at it with `runner(t)`, read `received`, close it in afterAll.
 */
export class TestSmtpServer {
  readonly received: ReceivedMail[] = [];
  private server: SMTPServer | undefined;
  private port = 0;

  async start(): Promise<this> {
    this.server = new SMTPServer({
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: receiveInto(this.received),
    });
    const server = this.server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.port = (server.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** A job runner whose mail goes to this server (no recurring schedules). */
  runner(t: TestApp): JobRunner {
    const system = t.system();
    const config = { ...t.config, mail: { smtpUrl: this.url, from: 'Skjold <skjold@test.skjold.dk>' } };
    return new JobRunner({ ...system, config }, { schedules: [] });
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.to.includes(address));
  }
}

/** The decoded text of a received message: quoted-printable and base64 parts, headers unfolded. */
export function decodedMail(raw: string): string {
  const unfolded = raw.replace(/\r?\n[ \t]+/g, ' ');
  const words = unfolded.replace(/=\?utf-8\?([BbQq])\?([^?]*)\?=/gi, (_, encoding: string, data: string) =>
    encoding.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : qp(data.replace(/_/g, ' ')),
  );
  const base64Parts = [
    ...words.matchAll(/Content-Transfer-Encoding: base64\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/gi),
  ]
    .map((m) => Buffer.from((m[1] ?? '').replace(/\s+/g, ''), 'base64').toString('utf8'))
    .join('\n');
  return `${qp(words.replace(/=\r?\n/g, ''))}\n${base64Parts}`;
}

function qp(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i] ?? '', 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
