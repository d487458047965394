import "server-only";
import { notFound } from "next/navigation";
import { getPublishedPhotoSet } from "@/lib/data/photos/get-photo-set";
import { getPhotoSetPage } from "@/lib/data/photos/list-photo-sets";
import { photosHref } from "./channels";
import { loadPagedList, redirectFirstPage } from "./paged-list";
import { parseId } from "./params";

// 黔图汇's URLs turned into data, or into the 404 page: the same rules as
// the news center (malformed, zero or past-the-end page numbers; unknown,
// draft or withdrawn sets).

export function loadPhotosPage(pageParam = "1") {
  return loadPagedList(pageParam, (page) => getPhotoSetPage({ page }));
}

/** /photos/page/1 is /photos. */
export function redirectFirstPhotosPage(pageParam: string) {
  redirectFirstPage(pageParam, photosHref());
}

export async function loadPhotoSet(idParam: string) {
  const id = parseId(idParam);
  const set = id === null ? null : await getPublishedPhotoSet(id);
  if (!set) notFound();
  return set;
}
