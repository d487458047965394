import { PosterVideo } from "@/components/data-saver/poster-video";
import { ResponsiveImage } from "@/components/ui/responsive-image";
import { imageSrc } from "@/lib/media/image-url";
import { avUrl } from "@/lib/media/av/av-url";
import type { MediaItemView } from "@/lib/view-types";

/**
 * The browser's own player: no script of ours, nothing starts by itself
 * (no autoplay attribute at all), only the metadata is fetched until the
 * reader presses play (in 省流量 not even that, and no poster: PosterVideo),
 * and seeking uses range requests. Subtitles are a
 * <track> the browser draws; audio shows its poster as a picture above.
 */
export function MediaPlayer({ item }: { item: MediaItemView }) {
  const src = avUrl(item.fileName);
  const track = item.subtitlesFile ? (
    <track kind="subtitles" src={avUrl(item.subtitlesFile)} srcLang={item.subtitlesLang || "zh-CN"} label="中文" default />
  ) : null;
  const fallback = (
    <p className="p-4 text-sm text-white">
      您的浏览器无法播放此节目，可以
      <a href={src} className="underline">
        下载文件
      </a>
      收看。
    </p>
  );

  if (item.kind === "video") {
    return (
      <PosterVideo
        controls
        playsInline
        poster={item.poster ? imageSrc(item.poster, 960) : undefined}
        aria-label={item.title}
        className="aspect-video w-full rounded bg-black"
        // The file's own URL, not a <source> list: one format per item.
        src={src}
      >
        {track}
        {fallback}
      </PosterVideo>
    );
  }
  return (
    <div className="overflow-hidden rounded bg-neutral-900">
      {item.poster ? <ResponsiveImage image={item.poster} sizes="(min-width: 1024px) 720px, 100vw" priority alt="" className="aspect-video w-full object-cover" /> : null}
      <audio controls preload="metadata" aria-label={item.title} className="block w-full" src={src}>
        {track}
        {fallback}
      </audio>
    </div>
  );
}
