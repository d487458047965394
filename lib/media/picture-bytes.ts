import "server-only";
import { stat } from "node:fs/promises";
import { storedVariantFile } from "@/lib/media/store-image";

/**
 * The size on disk of stored picture variants, by their /media/ URL, for the
 * 省流量 placeholders' 「约 N KB」. Read when a page is rendered, which for
 * public pages happens once per cache period, so no column has to be kept in
 * step with the files (and pictures stored before this need no backfill).
 * The variants are served as stored (no compression on the way), so the
 * file's size is what the phone downloads. URLs that are not stored variants,
 * and files that are missing, are left out.
 */
export async function pictureBytes(urls: string[]): Promise<Record<string, number>> {
  const sizes: Record<string, number> = {};
  await Promise.all(
    [...new Set(urls)].map(async (url) => {
      if (!url.startsWith("/media/")) return;
      const variant = storedVariantFile(url.slice("/media/".length));
      if (!variant) return;
      try {
        const info = await stat(variant.file);
        if (info.isFile()) sizes[url] = info.size;
      } catch {
        // Missing file: the placeholder says no size.
      }
    }),
  );
  return sizes;
}
