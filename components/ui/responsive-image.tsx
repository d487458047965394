import { imageAvifSrcSet, imageSrc, imageSrcSet } from "@/lib/media/image-url";
import type { ImageView } from "@/lib/view-types";

type ResponsiveImageProps = {
  image: ImageView;
  /** The `sizes` attribute: how wide the picture is drawn, so phones fetch small variants. */
  sizes: string;
  className?: string;
  /** Above the fold (the lead story): fetch early instead of lazily. */
  priority?: boolean;
  alt?: string;
};

// Our own stored variants, made once at upload time, so nothing is resized
// per request. Browsers that read AVIF take it (smaller); the rest WebP.
export function ResponsiveImage({ image, sizes, className = "", priority = false, alt }: ResponsiveImageProps) {
  const img = (
    <img
      src={imageSrc(image, 640)}
      srcSet={imageSrcSet(image)}
      sizes={sizes}
      width={image.width}
      height={image.height}
      alt={alt ?? image.alt}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding="async"
      className={className}
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
