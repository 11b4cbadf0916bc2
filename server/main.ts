import pino from 'pino';
import { buildApp } from './app.ts';
import { createJobRunner } from './background-jobs.ts';
import { prepareDatabase } from './bootstrap.ts';
import { loadConfig } from './config.ts';
import { DEMO_PASSWORD } from './demo/demo-data.ts';
import { loggerOptions } from './platform/logging.ts';

const config = loadConfig();
const logger = pino(loggerOptions(config));
const { database, demoLogins } = await prepareDatabase(config, logger);
const app = await buildApp(config, database, logger);
const address = await app.listen({ port: config.port, host: config.host });
const jobRunner = config.jobs
  ? createJobRunner({ config, db: database.db, dialect: database.dialect, logger })
  : null;
jobRunner?.start();
const url = config.publicUrl ?? address.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost');

if (demoLogins) {
  // Printed to the console once, on the first start; the log never holds passwords.
  const width = Math.max(...demoLogins.map((login) => login.email.length));
  console.log(`\nSkjold kører på ${url}  (Skjold is running at ${url})\n`);
  console.log(
    'Demodata er oprettet. Demo-tilstand er kun til afprøvning. / Demo data created; demo mode is for trying out only.',
  );
  console.log(`Adgangskode for alle demobrugere / password of every demo user: ${DEMO_PASSWORD}\n`);
  for (const login of demoLogins)
    console.log(`  ${login.email.padEnd(width)}  ${login.role.padEnd(16)}  ${login.organisation}`);
  console.log('');
} else {
  console.log(`Skjold kører på ${url}  (Skjold is running at ${url})`);
}

/** Graceful shutdown: stop accepting, let in-flight requests finish, then close the database. */
let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await app.close();
    // The jobs in hand finish (and record their outcome) before the database goes away.
    await jobRunner?.stop();
    await database.close();
    process.exit(0);
  });
}
