import { z } from 'zod';

/** Argon2id cost: OWASP Password Storage Cheat Sheet (m=19 MiB, t=2, p=1) is the production floor. */
const argon2Defaults = { memoryKib: 19456, passes: 2, parallelism: 1 };

const envSchema = z.object({
  DATABASE_URL: z.string().default('sqlite:./data/skjold.db'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  SKJOLD_PUBLIC_URL: z.url().optional(),
  SKJOLD_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SKJOLD_DEMO: z.enum(['0', '1', 'auto']).default('auto'),
  SKJOLD_TRUST_PROXY: z.enum(['0', '1']).default('0'),
  SKJOLD_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(60),
  SKJOLD_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  SKJOLD_ARGON2_MEMORY_KIB: z.coerce.number().int().min(8).default(argon2Defaults.memoryKib),
  SKJOLD_ARGON2_PASSES: z.coerce.number().int().min(1).default(argon2Defaults.passes),
  SKJOLD_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  SKJOLD_WEB_DIST: z.string().default('web/dist'),
  SKJOLD_ASSERT_AUDIT: z.enum(['0', '1']).default('0'),
  SKJOLD_JOBS: z.enum(['0', '1']).default('1'),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  SKJOLD_MAIL_FROM: z.string().min(3).optional(),
  SKJOLD_DATA_DIR: z.string().default('data'),
  SKJOLD_FILE_LIMIT_BYTES: z.coerce.number().int().min(1).default(26_214_400),
  SKJOLD_SECRET_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=?$/, 'base64 of 32 random bytes (openssl rand -base64 32)')
    .optional(),
  SKJOLD_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  SKJOLD_LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
  SKJOLD_LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
});

export type Config = {
  databaseUrl: string;
  port: number;
  host: string;
  publicUrl: string | undefined;
  logLevel: z.infer<typeof envSchema>['SKJOLD_LOG_LEVEL'];
  demo: 'on' | 'off' | 'auto';
  trustProxy: boolean;
  session: { idleMinutes: number; absoluteHours: number };
  argon2: { memoryKib: number; passes: number; parallelism: number };
  bodyLimitBytes: number;
  webDist: string;
  /** Test guard: a successful write request that wrote no audit event fails loudly. */
  assertAudit: boolean;
  /** Run background jobs in this process (several instances may all run them). */
  jobs: boolean;
  /** Without smtpUrl mail is only kept in the outbox for admins to read. */
  mail: { smtpUrl: string | undefined; from: string };
  /** Files, the instance key and backups live here. */
  dataDir: string;
  /** Largest accepted upload (413 file_too_large above it); 25 MiB by default. */
  fileLimitBytes: number;
  /** Encrypts secrets at rest (TOTP); without it a key file is created in the data directory. */
  secretKey: string | undefined;
  loginThrottle: { maxFailures: number; maxFailuresPerAddress: number; lockMinutes: number };
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.SMTP_URL && !e.SKJOLD_MAIL_FROM) {
    throw new Error('Invalid configuration:\n  SKJOLD_MAIL_FROM: required when SMTP_URL is set');
  }
  return {
    databaseUrl: e.DATABASE_URL,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.SKJOLD_PUBLIC_URL,
    logLevel: e.SKJOLD_LOG_LEVEL,
    demo: e.SKJOLD_DEMO === '1' ? 'on' : e.SKJOLD_DEMO === '0' ? 'off' : 'auto',
    trustProxy: e.SKJOLD_TRUST_PROXY === '1',
    session: { idleMinutes: e.SKJOLD_SESSION_IDLE_MINUTES, absoluteHours: e.SKJOLD_SESSION_ABSOLUTE_HOURS },
    argon2: { memoryKib: e.SKJOLD_ARGON2_MEMORY_KIB, passes: e.SKJOLD_ARGON2_PASSES, parallelism: 1 },
    bodyLimitBytes: e.SKJOLD_BODY_LIMIT_BYTES,
    webDist: e.SKJOLD_WEB_DIST,
    assertAudit: e.SKJOLD_ASSERT_AUDIT === '1',
    jobs: e.SKJOLD_JOBS === '1',
    mail: { smtpUrl: e.SMTP_URL, from: e.SKJOLD_MAIL_FROM ?? 'Skjold <skjold@localhost>' },
    dataDir: e.SKJOLD_DATA_DIR,
    fileLimitBytes: e.SKJOLD_FILE_LIMIT_BYTES,
    secretKey: e.SKJOLD_SECRET_KEY,
    loginThrottle: {
      maxFailures: e.SKJOLD_LOGIN_MAX_FAILURES,
      maxFailuresPerAddress: e.SKJOLD_LOGIN_MAX_FAILURES_PER_ADDRESS,
      lockMinutes: e.SKJOLD_LOGIN_LOCK_MINUTES,
    },
  };
}
