// Configuration, validated once at start-up: the app refuses to start on a bad value.
import { z } from "zod";

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().default("0.0.0.0"),
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
    SEED_DEMO: z.enum(["true", "false"]).optional(),
    /** Days after a referral ends before its client personal data is erased. */
    REFERRAL_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
    /** "true" serves /bench/bare (a constant page) and /bench/stats (event-loop delay, memory) for `npm run bench`. */
    BENCH_ROUTES: z.enum(["true", "false"]).optional(),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(20).default(2),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.SESSION_SECRET)
      ctx.addIssue({ code: "custom", path: ["SESSION_SECRET"], message: "is required in production" });
  });

export type Env = z.infer<typeof schema> & { APP_URL: string; SESSION_SECRET: string };

let parsed: Env | undefined;

export function env(): Env {
  if (parsed) return parsed;
  const result = schema.safeParse(process.env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  const value = result.data;
  parsed = {
    ...value,
    APP_URL: value.APP_URL ?? `http://localhost:${value.PORT}`,
    SESSION_SECRET: value.SESSION_SECRET ?? "development-only-session-secret",
  };
  return parsed;
}

export const isProduction = () => env().NODE_ENV === "production";
