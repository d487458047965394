import type { Metadata } from "next";
import { MediaListPage } from "@/components/video/media-list-page";
import { mediaListMetadata } from "@/lib/site/video-metadata";
import { loadMediaList, redirectFirstMediaPage } from "@/lib/site/video-pages";

export const revalidate = 300;
export const dynamicParams = true;

// Rendered on first request, then cached.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const list = await loadMediaList("audio", (await params).page);
  return mediaListMetadata("audio", list.page);
}

export default async function Page({ params }: Props) {
  const { page } = await params;
  redirectFirstMediaPage(page, "audio");
  return <MediaListPage kind={"audio"} list={await loadMediaList("audio", page)} />;
}
