import type { Metadata } from "next";
import { PhotoSetListPage } from "@/components/photos/photo-set-list-page";
import { photoFeedAlternates } from "@/lib/feeds/alternates";
import { photosHref } from "@/lib/site/channels";
import { loadPhotosPage, redirectFirstPhotosPage } from "@/lib/site/photo-pages";

export const revalidate = 300;
export const dynamicParams = true;

// Rendered on first request, then cached: only page 1 is worth building ahead.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const list = await loadPhotosPage((await params).page);
  return { title: `黔图汇 第${list.page}页`, alternates: { canonical: photosHref(list.page), types: photoFeedAlternates() } };
}

export default async function PhotosListPage({ params }: Props) {
  const { page } = await params;
  redirectFirstPhotosPage(page);
  return <PhotoSetListPage list={await loadPhotosPage(page)} />;
}
