import { editionManifest } from "@/lib/site/edition";

// /edition.json: what 今日要闻离线版 downloads (lib/site/edition.ts). Cached
// like the homepage, under the same tags, so a publish reaches it at once.
export const revalidate = 60;

export async function GET() {
  return Response.json(await editionManifest());
}
