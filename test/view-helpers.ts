import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address.mjs";
import { POST } from "@/app/api/views/route";
import { createArticle } from "@/lib/data/articles/create-article";
import { db } from "@/lib/db/client";

// Shared by the readership tests: published items in a section of their
// own, and beacons sent through the real route handler as a browser does.

export const PHONE_UA = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36";
export const DESKTOP_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
export const TABLET_UA = "Mozilla/5.0 (iPad; CPU OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";

let serial = 0;

export async function testSection(name = "数据") {
  serial += 1;
  return db.section.create({ data: { slug: `stats-${process.pid}-${Date.now()}-${serial}`, name } });
}

export async function publishedArticle(options: { sectionSlug?: string; authorId?: number; status?: "published" | "draft" | "withdrawn"; publishedAt?: Date; title?: string } = {}) {
  const sectionSlug = options.sectionSlug ?? (await testSection()).slug;
  const { id } = await createArticle({
    title: options.title ?? `阅读统计测试${(serial += 1)}`,
    bodyHtml: "<p>正文</p>",
    sectionSlug,
    status: options.status ?? "published",
    publishedAt: options.publishedAt ?? new Date(),
  });
  if (options.authorId) await db.article.update({ where: { id }, data: { authorId: options.authorId } });
  return id;
}

/** POSTs a beacon as a reader at `ip` with `userAgent` would. */
export function beacon(body: unknown, { ip = "198.51.100.1", userAgent = PHONE_UA } = {}) {
  return POST(
    new Request("http://localhost:3000/api/views", {
      method: "POST",
      headers: { "content-type": "text/plain;charset=UTF-8", [CLIENT_ADDRESS_HEADER]: ip, "user-agent": userAgent, host: "localhost:3000" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

export async function hourRows(kind: string, itemId: number) {
  return db.viewHour.findMany({ where: { kind, itemId }, orderBy: { hour: "asc" } });
}
