import type { Metadata } from "next";
import { MediaListPage } from "@/components/video/media-list-page";
import { mediaListMetadata } from "@/lib/site/video-metadata";
import { loadMediaList } from "@/lib/site/video-pages";

export const revalidate = 300;

export const metadata: Metadata = mediaListMetadata(null);

export default async function Page() {
  return <MediaListPage kind={null} list={await loadMediaList(null)} />;
}
