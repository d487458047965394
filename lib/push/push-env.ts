import { z } from "zod";

// The Web Push settings of lib/env.ts. Both keys are optional: without them
// the subscribe page says push is not available (npm start always provides
// a pair, see scripts/lib/vapid-keys.mjs).

const base64urlBytes = (bytes: number, message: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, message)
    .refine((v) => Buffer.from(v, "base64url").length === bytes, message);

export const pushEnvShape = {
  /** Uncompressed P-256 point (65 bytes), base64url: what browsers subscribe with. */
  VAPID_PUBLIC_KEY: base64urlBytes(65, "应为 base64url 编码的 P-256 公钥（npm run push:keys 生成）").optional(),
  VAPID_PRIVATE_KEY: base64urlBytes(32, "应为 base64url 编码的 P-256 私钥（npm run push:keys 生成）").optional(),
  /** Who push services can contact about this sender; default: SITE_URL when it is https (send-article-push.ts). */
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:[^@\s]+@[^@\s]+|https:\/\/\S+)$/, "应为 mailto: 邮箱或 https: 网址")
    .optional(),
  /**
   * Push service origins accepted besides public https hosts, comma-separated
   * (tests: a local http server). Never needed for real browsers.
   */
  PUSH_ENDPOINT_ORIGINS: z
    .string()
    .default("")
    .transform((v, ctx) => {
      const origins = v.split(",").map((o) => o.trim()).filter(Boolean);
      for (const o of origins) {
        if (!URL.canParse(o) || new URL(o).origin !== o) {
          ctx.addIssue({ code: "custom", message: `「${o}」不是一个源（如 http://127.0.0.1:9000，不带路径）` });
        }
      }
      return origins;
    }),
};

export function pushEnvValues(source: Record<string, string | undefined>) {
  return {
    VAPID_PUBLIC_KEY: source.VAPID_PUBLIC_KEY || undefined,
    VAPID_PRIVATE_KEY: source.VAPID_PRIVATE_KEY || undefined,
    VAPID_SUBJECT: source.VAPID_SUBJECT || undefined,
    PUSH_ENDPOINT_ORIGINS: source.PUSH_ENDPOINT_ORIGINS || undefined,
  };
}
