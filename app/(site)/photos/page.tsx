import type { Metadata } from "next";
import { PhotoSetListPage } from "@/components/photos/photo-set-list-page";
import { photoFeedAlternates } from "@/lib/feeds/alternates";
import { photosHref } from "@/lib/site/channels";
import { loadPhotosPage } from "@/lib/site/photo-pages";

export const revalidate = 300;

export const metadata: Metadata = {
  title: "黔图汇",
  description: "黔东南信息港黔图汇：黔东南的山水、村寨、节庆与发展新貌，一组组图片看黔东南。",
  alternates: { canonical: photosHref(), types: photoFeedAlternates() },
};

export default async function PhotosPage() {
  return <PhotoSetListPage list={await loadPhotosPage()} />;
}
