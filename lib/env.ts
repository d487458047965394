import "server-only";
import { z } from "zod";
import { DEFAULT_DATABASE_URL, DEFAULT_MEDIA_DIR } from "./db/defaults.mjs";
import { databaseProvider } from "./db/provider.mjs";
import { pushEnvShape, pushEnvValues } from "./push/push-env";

// Every setting the server reads from the environment, validated once. A bad
// value stops the process at start-up with a message naming the variable,
// instead of failing later inside a request.
const schema = z.object({
  DATABASE_URL: z
    .string()
    .default(DEFAULT_DATABASE_URL)
    .refine((v) => databaseProvider(v) !== null, "只支持 file:（SQLite）或 postgresql://（PostgreSQL）地址"),
  /** PostgreSQL: connections per process. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(5),
  MEDIA_DIR: z.string().min(1).default(DEFAULT_MEDIA_DIR),
  /** The public address of absolute links; when unset, 网站地址 in the settings, else http://localhost:$PORT (lib/site/site-url.ts). */
  SITE_URL: z.url().optional(),
  /** 视听中心: the largest audio/video upload, in megabytes. */
  AV_MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(4096).default(300),
  /** 数据: shared store of several instances (repeat marks, the day's salt, 实时). */
  REDIS_URL: z.url().refine((v) => /^rediss?:/.test(v), "须为 redis:// 或 rediss:// 地址").optional(),
  /** The first part of every Redis key this site writes (shared cache, view counting), so several sites can share one Redis. */
  REDIS_KEY_PREFIX: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, "只能用字母、数字、- 和 _，至多40个").default("qdn"),
  /** 数据: days hourly rows are kept before they are added up per day. */
  VIEW_HOURLY_DAYS: z.coerce.number().int().min(2).max(3650).default(90),
  /** 数据: days daily rows are kept; 0 keeps them for good. */
  VIEW_DAILY_DAYS: z.coerce.number().int().min(0).max(36500).default(0),
  /** The edge nodes to purge when public content changes (comma- or space-separated URLs). */
  EDGE_PURGE_URLS: z
    .string()
    .default("")
    .transform((v) => v.split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/, error: "须为 http:// 或 https:// 地址" }))),
  /** /api/csp-report: reports accepted per address and minute. */
  CSP_REPORT_LIMIT_PER_MIN: z.coerce.number().int().min(1).max(100_000).default(30),
  /** /api/csp-report: a file each reported refusal is appended to as a JSON line (the browser tests read it). */
  CSP_REPORT_LOG: z.string().min(1).optional(),
  ...pushEnvShape,
});

function readEnv() {
  const parsed = schema.safeParse({
    DATABASE_URL: process.env.DATABASE_URL || undefined,
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE || undefined,
    MEDIA_DIR: process.env.MEDIA_DIR || undefined,
    SITE_URL: process.env.SITE_URL || undefined,
    AV_MAX_UPLOAD_MB: process.env.AV_MAX_UPLOAD_MB || undefined,
    REDIS_URL: process.env.REDIS_URL || undefined,
    REDIS_KEY_PREFIX: process.env.REDIS_KEY_PREFIX || undefined,
    VIEW_HOURLY_DAYS: process.env.VIEW_HOURLY_DAYS || undefined,
    VIEW_DAILY_DAYS: process.env.VIEW_DAILY_DAYS || undefined,
    EDGE_PURGE_URLS: process.env.EDGE_PURGE_URLS || undefined,
    CSP_REPORT_LIMIT_PER_MIN: process.env.CSP_REPORT_LIMIT_PER_MIN || undefined,
    CSP_REPORT_LOG: process.env.CSP_REPORT_LOG || undefined,
    ...pushEnvValues(process.env),
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`环境变量有误:\n${lines.join("\n")}`);
  }
  return checkPushKeysPaired(parsed.data);
}

// Web Push needs both halves of the VAPID pair; one alone is a mistake worth stopping for.
function checkPushKeysPaired<T extends { VAPID_PUBLIC_KEY?: string; VAPID_PRIVATE_KEY?: string }>(data: T): T {
  if (!data.VAPID_PUBLIC_KEY !== !data.VAPID_PRIVATE_KEY) {
    throw new Error("环境变量有误:\n  VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY: 必须同时设置（npm run push:keys 生成一对）");
  }
  return data;
}

export const env = readEnv();
