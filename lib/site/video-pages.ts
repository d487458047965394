import "server-only";
import { notFound, permanentRedirect } from "next/navigation";
import { getPublishedMediaItem } from "@/lib/data/media/get-media-item";
import { getMediaPage } from "@/lib/data/media/list-media";
import type { MediaKind } from "@/lib/view-types";
import { parseArticleId, parsePageNumber } from "./params";
import { videoHref } from "./video-links";

// Shared by the /video routes: URL parameters into data, or into a 404 for
// malformed or past-the-end page numbers and unknown or unpublished items.

export async function loadMediaList(kind: MediaKind | null, pageParam = "1") {
  const page = parsePageNumber(pageParam);
  if (page === null) notFound();
  const list = await getMediaPage({ kind: kind ?? undefined, page });
  if (!list) notFound();
  return list;
}

/** /video/…/page/1 is the list's own URL. */
export function redirectFirstMediaPage(pageParam: string, kind: MediaKind | null) {
  if (pageParam === "1") permanentRedirect(videoHref(kind));
}

export async function loadMediaItem(idParam: string) {
  const id = parseArticleId(idParam);
  const item = id === null ? null : await getPublishedMediaItem(id);
  if (!item) notFound();
  return item;
}
