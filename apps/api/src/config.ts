import { resolve } from 'node:path';

export interface AppConfig {
  port: number;
  /** Set: use this server, start nothing embedded. */
  databaseUrl?: string;
  pgDataDir: string;
  pgPort: number;
  /** Demo mode: loads the demo cooperative into an empty database and shows demo accounts. */
  demo: boolean;
  development: boolean;
  /** Absolute URL people open, used in e-mails. */
  publicUrl: string;
  smtpUrl?: string;
  mailFrom: string;
  webDist?: string;
  trustProxy: boolean;
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerIp: number;
  sessionDays: number;
  /** LOG_LEVEL=silent: no Nest logs (tests, scripts). */
  quiet: boolean;
  /** GraphQL limits: nesting depth and estimated cost of one operation. */
  graphqlMaxDepth: number;
  graphqlMaxCost: number;
  /** The notification timers (reminders hourly, the digest daily); off in tests, which call the jobs themselves. */
  notificationJobs: boolean;
  /** Tests: called with every SQL query the app runs (counting queries); undefined: no query logging. */
  onQuery?: (sql: string) => void;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 3000);
  return {
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    pgDataDir: resolve(env.PGDATA_DIR ?? '.pgdata'),
    pgPort: Number(env.EMBEDDED_PG_PORT ?? 54329),
    // Without DATABASE_URL this is someone trying the product: show the demo.
    demo: flag(env.DEMO_MODE, !env.DATABASE_URL),
    development: env.NODE_ENV === 'development',
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${port}`,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'LetsCoop <no-reply@letscoop.local>',
    webDist: env.WEB_DIST,
    trustProxy: flag(env.TRUST_PROXY, false),
    loginMaxFailuresPerAccount: Number(env.LOGIN_MAX_FAILURES_PER_ACCOUNT ?? 5),
    loginMaxFailuresPerIp: Number(env.LOGIN_MAX_FAILURES_PER_IP ?? 30),
    sessionDays: Number(env.SESSION_DAYS ?? 14),
    quiet: env.LOG_LEVEL === 'silent',
    graphqlMaxDepth: Number(env.GRAPHQL_MAX_DEPTH ?? 12),
    graphqlMaxCost: Number(env.GRAPHQL_MAX_COST ?? 20000),
    notificationJobs: flag(env.NOTIFICATION_JOBS, true),
  };
}
