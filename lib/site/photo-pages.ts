import "server-only";
import { notFound, permanentRedirect } from "next/navigation";
import { getPublishedPhotoSet } from "@/lib/data/photos/get-photo-set";
import { getPhotoSetPage } from "@/lib/data/photos/list-photo-sets";
import { photosHref } from "./channels";
import { parseArticleId, parsePageNumber } from "./params";

// 黔图汇's URLs turned into data, or into the 404 page: the same rules as
// the news center (malformed, zero or past-the-end page numbers; unknown,
// draft or withdrawn sets).

export async function loadPhotosPage(pageParam = "1") {
  const page = parsePageNumber(pageParam);
  if (page === null) notFound();
  const list = await getPhotoSetPage({ page });
  if (!list) notFound();
  return list;
}

/** /photos/page/1 is /photos. */
export function redirectFirstPhotosPage(pageParam: string) {
  if (pageParam === "1") permanentRedirect(photosHref());
}

export async function loadPhotoSet(idParam: string) {
  const id = parseArticleId(idParam);
  const set = id === null ? null : await getPublishedPhotoSet(id);
  if (!set) notFound();
  return set;
}
