import "server-only";
import { notFound } from "next/navigation";
import { getPublishedMediaItem } from "@/lib/data/media/get-media-item";
import { getMediaPage } from "@/lib/data/media/list-media";
import type { MediaKind } from "@/lib/view-types";
import { loadPagedList, redirectFirstPage } from "./paged-list";
import { parseId } from "./params";
import { videoHref } from "./video-links";

// Shared by the /video routes: URL parameters into data, or into a 404 for
// malformed or past-the-end page numbers and unknown or unpublished items.

export function loadMediaList(kind: MediaKind | null, pageParam = "1") {
  return loadPagedList(pageParam, (page) => getMediaPage({ kind: kind ?? undefined, page }));
}

/** /video/…/page/1 is the list's own URL. */
export function redirectFirstMediaPage(pageParam: string, kind: MediaKind | null) {
  redirectFirstPage(pageParam, videoHref(kind));
}

export async function loadMediaItem(idParam: string) {
  const id = parseId(idParam);
  const item = id === null ? null : await getPublishedMediaItem(id);
  if (!item) notFound();
  return item;
}
