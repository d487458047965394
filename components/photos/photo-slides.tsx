import { ResponsiveImage } from "@/components/ui/responsive-image";
import type { PhotoView } from "@/lib/view-types";

// Every photo of a set rendered on the server, side by side in a row that
// snaps to one photo at a time: without JavaScript it is swiped natively and
// each photo's fragment (#3) scrolls to it; PhotoViewer adds keys, buttons
// that do not jump the page, and the URL following the photo on screen.

const arrow =
  "absolute top-1/2 flex h-11 w-11 -translate-y-1/2 items-center justify-center rounded-full bg-black/55 text-2xl leading-none text-white hover:bg-black/75";

/** How wide a slide is drawn: the whole phone screen, at most 896 px on a desktop. */
export const SLIDE_SIZES = "(min-width: 928px) 896px, 100vw";

export function PhotoSlides({ photos }: { photos: PhotoView[] }) {
  const count = photos.length;
  return (
    <div data-photo-strip className="scroll-row flex snap-x snap-mandatory bg-neutral-900">
      {photos.map((p, i) => (
        <figure key={p.id} id={String(i + 1)} data-slide className="w-full shrink-0 snap-center snap-always bg-white" aria-label={`第${i + 1}张，共${count}张`}>
          <div className="relative aspect-[4/3] max-h-[75vh] w-full bg-neutral-900">
            <ResponsiveImage
              image={p.image}
              sizes={SLIDE_SIZES}
              priority={i === 0}
              keepInDataSaver
              alt={p.alt}
              className="h-full w-full object-contain"
            />
            {i > 0 ? (
              <a href={`#${i}`} data-step aria-label="上一张" className={`${arrow} left-2`}>
                ‹
              </a>
            ) : null}
            {i < count - 1 ? (
              <a href={`#${i + 2}`} data-step aria-label="下一张" className={`${arrow} right-2`}>
                ›
              </a>
            ) : null}
          </div>
          <figcaption className="px-4 pt-2 pb-1 sm:px-0">
            <p className="text-sm text-muted">
              <span className="font-bold text-brand">{i + 1}</span>/{count}
            </p>
            {p.caption ? <p className="mt-1 leading-relaxed">{p.caption}</p> : null}
            {p.photographer ? <p className="mt-1 text-sm text-muted">摄影：{p.photographer}</p> : null}
          </figcaption>
        </figure>
      ))}
    </div>
  );
}

/** The thumbnail strip: each a link to its photo's fragment, loaded lazily. */
export function PhotoThumbnails({ photos }: { photos: PhotoView[] }) {
  return (
    <nav aria-label="缩略图" className="mt-3">
      <ol className="scroll-row relative flex gap-2 px-4 pb-1 sm:px-0">
        {photos.map((p, i) => (
          <li key={p.id} className="shrink-0">
            <a
              href={`#${i + 1}`}
              data-thumb
              aria-label={`第${i + 1}张`}
              className="block h-14 w-20 overflow-hidden rounded border-2 border-transparent aria-[current=true]:border-brand"
            >
              <ResponsiveImage image={p.image} sizes="80px" alt="" className="h-full w-full object-cover" />
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
