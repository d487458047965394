import { imageAvifSrcSet, imageSrc, imageSrcSet } from "@/lib/media/image-url";
import type { ImageView } from "@/lib/view-types";

type ResponsiveImageProps = {
  image: ImageView;
  /** The `sizes` attribute: how wide the picture is drawn, so phones fetch small variants. */
  sizes: string;
  className?: string;
  /** Above the fold (the lead story, an article's cover): asked for first. */
  priority?: boolean;
  /** Drawn in 省流量 too (a photo set's own photos): may then be fetched eagerly. */
  keepInDataSaver?: boolean;
  alt?: string;
};

// Our own stored variants, made once at upload time, so nothing is resized
// per request. Browsers that read AVIF take it (smaller); the rest WebP.
//
// 省流量 hides pictures (class `saver-img`, app/globals.css) from cached HTML
// the server cannot tailor. Chromium never fetches a lazy picture that is not
// rendered, but it fetches an eager one as soon as its parser (or preload
// scanner) meets it, so every picture 省流量 may hide is lazy, even above the
// fold; `priority` then only raises its fetch priority once it is laid out.
export function ResponsiveImage({ image, sizes, className = "", priority = false, keepInDataSaver = false, alt }: ResponsiveImageProps) {
  const eager = priority && keepInDataSaver;
  const img = (
    <img
      src={imageSrc(image, 640)}
      srcSet={imageSrcSet(image)}
      sizes={sizes}
      width={image.width}
      height={image.height}
      alt={alt ?? image.alt}
      loading={eager ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding="async"
      className={keepInDataSaver ? className : `saver-img ${className}`}
    />
  );
  if (!image.hasAvif) return img;
  return (
    <picture>
      <source type="image/avif" srcSet={imageAvifSrcSet(image)} sizes={sizes} />
      {img}
    </picture>
  );
}
