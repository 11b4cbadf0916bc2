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
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
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
  };
}
