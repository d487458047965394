import type { Metadata } from "next";
import { MediaListPage } from "@/components/video/media-list-page";
import { mediaListMetadata } from "@/lib/site/video-metadata";
import { loadMediaList, redirectFirstMediaPage } from "@/lib/site/video-pages";
import type { MediaKind } from "@/lib/view-types";

type Props = { params: Promise<{ page: string }> };

/**
 * What /video/page/N, /video/video/page/N and /video/audio/page/N share:
 * metadata and page for one kind (null = all). The route files keep their
 * own `revalidate` and `dynamicParams`, which Next reads from the file itself.
 */
export function pagedMediaListRoute(kind: MediaKind | null) {
  return {
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const list = await loadMediaList(kind, (await params).page);
      return mediaListMetadata(kind, list.page);
    },
    async Page({ params }: Props) {
      const { page } = await params;
      redirectFirstMediaPage(page, kind);
      return <MediaListPage kind={kind} list={await loadMediaList(kind, page)} />;
    },
  };
}
