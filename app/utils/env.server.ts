// Configuration, validated once at start-up: the app refuses to start on a bad value.
import { isIP } from "node:net";
import { z } from "zod";

/** Express's names for address ranges, or an address with an optional prefix length. */
const PROXY_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);
const isProxyAddress = (entry: string) => {
  const [address, prefix, extra] = entry.split("/");
  return (
    PROXY_NAMES.has(entry) ||
    (isIP(address) !== 0 && extra === undefined && (prefix === undefined || /^\d{1,3}$/.test(prefix)))
  );
};

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Where the HTTP server listens; unset: localhost in development, every address in production. */
    HOST: z.string().min(1).optional(),
    /**
     * Comma-separated addresses (or loopback, linklocal, uniquelocal) of the reverse proxies whose X-Forwarded-For is
     * believed; unset, nobody's is, and the address a request came from is the connection's.
     */
    TRUST_PROXY: z
      .string()
      .transform((v) =>
        v
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
      )
      .refine((list) => list.every(isProxyAddress), "must list IP addresses, subnets or loopback/linklocal/uniquelocal")
      .optional(),
    /** Public address of the app, used in links in e-mails. */
    APP_URL: z.string().url().optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
      .optional(),
    EMBEDDED_PG_DIR: z.string().default("data/postgres"),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
    /** Comma-separated; the first signs new cookies, all are accepted (rotation). */
    SESSION_SECRET: z.string().min(16).optional(),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
      .optional(),
    MAIL_FROM: z.string().default("Co-Act <no-reply@co-act.invalid>"),
    /** How long SMTP may stay silent before a delivery attempt fails; connecting may take half, a whole mail twice. */
    SMTP_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(60_000),
    SEED_DEMO: z.enum(["true", "false"]).optional(),
    /** Days after a referral ends before its client personal data is erased. */
    REFERRAL_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
    /** Days after a concern notice is closed before the person's details and the situation are erased. */
    CONCERN_NOTICE_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
    /** "true" serves /bench/bare (a constant page) and /bench/stats (event-loop delay, memory) for `npm run bench`. */
    BENCH_ROUTES: z.enum(["true", "false"]).optional(),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(20).default(2),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.SESSION_SECRET)
      ctx.addIssue({ code: "custom", path: ["SESSION_SECRET"], message: "is required in production" });
  });

export type Env = z.infer<typeof schema> & { APP_URL: string; SESSION_SECRET: string; HOST: string };

let parsed: Env | undefined;

export function env(): Env {
  parsed ??= parseEnv(process.env);
  return parsed;
}

/** The configuration a given environment describes, with the defaults filled in; throws listing every bad value. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  const value = result.data;
  return {
    ...value,
    // Development mail and demo accounts are for this computer only, unless HOST says otherwise.
    HOST: value.HOST ?? (value.NODE_ENV === "production" ? "0.0.0.0" : "localhost"),
    APP_URL: value.APP_URL ?? `http://localhost:${value.PORT}`,
    SESSION_SECRET: value.SESSION_SECRET ?? "development-only-session-secret",
  };
}

export const isProduction = () => env().NODE_ENV === "production";
