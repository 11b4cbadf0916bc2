import { parseArgs } from 'node:util';
import pino from 'pino';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { resetPassword } from './modules/auth/index.ts';
import { grantRole } from './modules/members/index.ts';
import { createRoot, findOrgByIdOrName } from './modules/orgs/index.ts';
import { installAllModules } from './modules.ts';
import { verifyAuditChains } from './platform/audit.ts';
import { backupUsage, runBackupCommand } from './platform/backup/backup.cli.ts';
import { systemContext } from './platform/context.ts';
import { loggerOptions } from './platform/logging.ts';
import { isRole, roles } from './platform/roles.ts';

const usage = `Skjold admin CLI — npm run cli -- <command> [options]

  migrate                                   apply pending database migrations
  create-root --name <name> [--cvr <cvr>]   create the sector root of an empty installation
  create-user --email <e> --name <n> --org <id|name> --role <role> [--password <p>]
                                            create a user (or reuse one) and grant a role;
                                            without --password a one-time password is printed
  reset-password --email <e>                issue a one-time password and end the user's sessions
  audit verify                              check every audit hash chain; exit 1 at the first broken link
${backupUsage}

Roles: ${roles.join(', ')}
Database: DATABASE_URL (default sqlite:./data/skjold.db)`;

export async function runCli(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  installAllModules();
  const [command, sub, ...rest] = argv;
  const { values } = parseArgs({
    args: command === 'audit' ? rest : [sub ?? '', ...rest].filter(Boolean),
    options: {
      name: { type: 'string' },
      cvr: { type: 'string' },
      email: { type: 'string' },
      org: { type: 'string' },
      role: { type: 'string' },
      password: { type: 'string' },
      out: { type: 'string' },
      from: { type: 'string' },
      force: { type: 'boolean' },
      'without-key': { type: 'boolean' },
    },
    allowPositionals: true,
  });
  if (!command || command === 'help' || command === '--help') {
    console.log(usage);
    return command ? 0 : 1;
  }
  const config = loadConfig({ SKJOLD_LOG_LEVEL: 'warn', ...env });
  // Before the database is opened: backup must not migrate it, restore must find the target untouched.
  if (command === 'backup' || command === 'restore') return runBackupCommand(command, values, config);
  const logger = pino(loggerOptions(config));
  const database = openDatabase(config.databaseUrl);
  const ctx = systemContext({ config, db: database.db, dialect: database.dialect, logger }, `cli:${command}`);
  const fail = (message: string) => {
    console.error(message);
    return 1;
  };
  try {
    await migrate(database.db, database.dialect);
    switch (command) {
      case 'migrate':
        console.log('Database is up to date.');
        return 0;
      case 'create-root': {
        if (!values.name) return fail('create-root needs --name');
        const root = await createRoot(ctx, values.name, values.cvr ?? null);
        console.log(`Created sector root ${root.name} (${root.id}).`);
        return 0;
      }
      case 'create-user': {
        const { email, name, org: orgRef, role, password } = values;
        if (!email || !name || !orgRef || !role)
          return fail('create-user needs --email, --name, --org and --role');
        if (!isRole(role)) return fail(`Unknown role "${role}". Roles: ${roles.join(', ')}`);
        const org = await findOrgByIdOrName(database.db, orgRef);
        if (!org) return fail(`No organisation with id or name "${orgRef}".`);
        const result = await grantRole(ctx, { orgId: org.id, email, name, role, password }, 'ignore');
        console.log(`${email} has the role ${role} at ${org.name}.`);
        if (result.oneTimePassword)
          console.log(`One-time password (must be changed at first login): ${result.oneTimePassword}`);
        return 0;
      }
      case 'reset-password': {
        if (!values.email) return fail('reset-password needs --email');
        const otp = await resetPassword(ctx, values.email);
        if (!otp) return fail(`No user with e-mail ${values.email}.`);
        console.log(`One-time password for ${values.email} (must be changed at first login): ${otp}`);
        return 0;
      }
      case 'audit': {
        if (sub !== 'verify') return fail(usage);
        const report = await verifyAuditChains(database.db);
        if (report.firstBreak) {
          const b = report.firstBreak;
          console.error(
            `Audit chain BROKEN: chain ${b.chain}, event ${b.seq}: ${b.reason} (${report.events} events verified before it).`,
          );
          return 1;
        }
        console.log(`Audit log intact: ${report.events} events in ${report.chains} chains verified.`);
        return 0;
      }
      default:
        return fail(usage);
    }
  } catch (error) {
    return fail(`Error: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await database.close();
  }
}

if (import.meta.main) {
  process.exitCode = await runCli(process.argv.slice(2));
}
