import { z } from "zod";
import { DEFAULT_DATABASE_URL, DEFAULT_MEDIA_DIR } from "./db/defaults.mjs";
import { pushEnvShape, pushEnvValues } from "./push/push-env";

// Every setting the server reads from the environment, validated once. A bad
// value stops the process at start-up with a message naming the variable,
// instead of failing later inside a request.
const schema = z.object({
  DATABASE_URL: z
    .string()
    .default(DEFAULT_DATABASE_URL)
    .refine((v) => v.startsWith("file:"), "只支持 SQLite 的 file: 地址（PostgreSQL 在后续版本提供）"),
  MEDIA_DIR: z.string().min(1).default(DEFAULT_MEDIA_DIR),
  SITE_URL: z.url().default("http://localhost:3000"),
  /** 视听中心: the largest audio/video upload, in megabytes. */
  AV_MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(4096).default(300),
  ...pushEnvShape,
});

function readEnv() {
  const parsed = schema.safeParse({
    DATABASE_URL: process.env.DATABASE_URL || undefined,
    MEDIA_DIR: process.env.MEDIA_DIR || undefined,
    SITE_URL: process.env.SITE_URL || undefined,
    AV_MAX_UPLOAD_MB: process.env.AV_MAX_UPLOAD_MB || undefined,
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
