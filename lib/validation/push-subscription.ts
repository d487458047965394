import { ECDH } from "node:crypto";
import { z } from "zod";
import { endpointProblem } from "@/lib/push/endpoint-policy";
import { URL_SLUG } from "@/lib/site/channels";

// What a browser's PushSubscription.toJSON() gives, plus the reader's
// sections. The keys are checked for what encryption will need (RFC 8291):
// p256dh a valid uncompressed P-256 point, auth 16 bytes.

const NOT_AN_OBJECT = "请求内容应为 JSON 对象";
const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;

function decoded(v: string): Buffer {
  return Buffer.from(v.replace(/=+$/, ""), "base64url");
}

function isP256Point(bytes: Buffer): boolean {
  if (bytes.length !== 65 || bytes[0] !== 4) return false;
  try {
    ECDH.convertKey(bytes, "prime256v1");
    return true;
  } catch {
    return false;
  }
}

const p256dh = z
  .string({ error: "缺少 p256dh 公钥" })
  .max(100, "p256dh 公钥格式不正确")
  .regex(BASE64URL, "p256dh 公钥应为 base64url 编码")
  .refine((v) => isP256Point(decoded(v)), "p256dh 公钥不是有效的 P-256 公钥");

const auth = z
  .string({ error: "缺少 auth 密钥" })
  .max(30, "auth 密钥格式不正确")
  .regex(BASE64URL, "auth 密钥应为 base64url 编码")
  .refine((v) => decoded(v).length === 16, "auth 密钥应为 16 字节");

/** A list of section or topic slugs ("栏目" or "专题" in the messages); absent = none. */
function slugList(label: string) {
  return z
    .array(z.string().regex(URL_SLUG, `${label}无效`), { error: `${label}应为列表` })
    .max(50, `${label}过多`)
    .default([]);
}

/** Subscribing, or changing the sections and topics of a subscription (same endpoint). */
export function pushSubscriptionSchema(allowedOrigins: readonly string[]) {
  return z.object({
    endpoint: z
      .string({ error: "缺少推送地址" })
      .max(2048, "推送地址过长")
      .superRefine((v, ctx) => {
        const problem = endpointProblem(v, allowedOrigins);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
    keys: z.object({ p256dh, auth }, { error: "缺少加密密钥" }),
    sections: slugList("栏目"),
    topics: slugList("专题"),
  }, { error: NOT_AN_OBJECT });
}

export type PushSubscriptionInput = z.output<ReturnType<typeof pushSubscriptionSchema>>;

export const pushUnsubscribeSchema = z.object(
  { endpoint: z.string({ error: "缺少推送地址" }).min(1, "缺少推送地址").max(2048, "推送地址过长") },
  { error: NOT_AN_OBJECT },
);
