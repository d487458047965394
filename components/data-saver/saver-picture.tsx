import { pictureSizeLabel } from "@/lib/content/saver-placeholders";

type SaverPictureProps = {
  /** The picture (a lazy ResponsiveImage, which 省流量 hides). */
  children: React.ReactNode;
  width: number;
  height: number;
  /** What the phone's variant weighs on disk, when known. */
  bytes: number | undefined;
  caption: string;
};

/**
 * A picture that 省流量 replaces with a placeholder of the same shape, saying
 * what it shows and what it costs; a tap loads it (the pre-paint script marks
 * the picture `data-saver-shown`). The same markup as the body pictures'
 * (saverPlaceholderHtml in lib/content/saver-placeholders.ts; the test holds them equal).
 */
export function SaverPicture({ children, width, height, bytes, caption }: SaverPictureProps) {
  const size = pictureSizeLabel(bytes);
  return (
    <span className="saver-picture" data-saver-picture="">
      {children}
      <button type="button" className="saver-placeholder" data-saver-load="" style={{ aspectRatio: `${width} / ${height}` }}>
        <span className="saver-placeholder-size">图片{size ? ` · ${size}` : ""}</span>
        {caption ? <span className="saver-placeholder-caption">{caption}</span> : null}
        <span className="saver-placeholder-action">点按加载</span>
      </button>
    </span>
  );
}
