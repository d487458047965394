import type { Metadata } from "next";
import { PrevNext } from "@/components/article/prev-next";
import { PhotoSlides, PhotoThumbnails } from "@/components/photos/photo-slides";
import { PhotoViewer } from "@/components/photos/photo-viewer";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { ViewBeacon } from "@/components/ui/view-beacon";
import { TimeText } from "@/components/ui/time-text";
import { getPhotoSetNeighbours } from "@/lib/data/photos/get-photo-set";
import { findRecentPhotoSetIds } from "@/lib/data/photos/list-photo-sets";
import { photoFeedAlternates } from "@/lib/feeds/alternates";
import { imageSrc } from "@/lib/media/image-url";
import { photoSetHref, photosHref } from "@/lib/site/channels";
import { loadPhotoSet } from "@/lib/site/photo-pages";

// Like an article: the newest sets are built ahead, older ones on their first
// request; publishing, editing or withdrawing expires `photoset:<id>`.
export const revalidate = 3600;
export const dynamicParams = true;

export async function generateStaticParams() {
  return (await findRecentPhotoSetIds(24)).map((id) => ({ id: String(id) }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const set = await loadPhotoSet((await params).id);
  const images = set.cover ? [{ url: imageSrc(set.cover, 1200), alt: set.title }] : [];
  return {
    title: set.title,
    description: set.summary || undefined,
    alternates: { canonical: photoSetHref(set.id), types: photoFeedAlternates() },
    openGraph: { type: "article", title: set.title, description: set.summary || undefined, url: photoSetHref(set.id), images },
  };
}

export default async function PhotoSetPage({ params }: Props) {
  const set = await loadPhotoSet((await params).id);
  const neighbours = await getPhotoSetNeighbours({ id: set.id, publishedAt: set.publishedAt });
  return (
    <article className="mx-auto max-w-4xl">
      <ViewBeacon kind="photos" id={set.id} />
      <Breadcrumb items={[{ label: "首页", href: "/" }, { label: "黔图汇", href: photosHref() }, { label: "图集" }]} />
      <h1 className="mt-1 text-2xl leading-snug font-bold">{set.title}</h1>
      <p className="mt-1 text-sm text-muted">
        <span className="mr-3">{set.section.name}</span>
        <TimeText iso={set.publishedAt} className="mr-3" />
        <span>共{set.photos.length}张</span>
      </p>
      {set.summary ? <p className="mt-3 leading-relaxed">{set.summary}</p> : null}
      <div className="-mx-4 mt-4 sm:mx-0">
        <PhotoViewer count={set.photos.length}>
          <PhotoSlides photos={set.photos} />
          <PhotoThumbnails photos={set.photos} />
        </PhotoViewer>
      </div>
      <p className="mt-4 text-sm text-muted">责任编辑：{set.editorName ?? "本网编辑"}</p>
      <PrevNext previous={neighbours.previous} next={neighbours.next} unit="组" href={photoSetHref} />
    </article>
  );
}
