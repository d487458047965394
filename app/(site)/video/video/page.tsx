import type { Metadata } from "next";
import { MediaListPage } from "@/components/video/media-list-page";
import { mediaListMetadata } from "@/lib/site/video-metadata";
import { loadMediaList } from "@/lib/site/video-pages";

export const revalidate = 300;

export const metadata: Metadata = mediaListMetadata("video");

export default async function Page() {
  return <MediaListPage kind={"video"} list={await loadMediaList("video")} />;
}
