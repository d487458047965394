import { ShareLinks } from "@/components/article/share-links";

type PageQrCodeProps = {
  /** The page's absolute address (the site's configured one). */
  url: string;
  /** The page's path, for the share buttons (which use the reader's own address). */
  path: string;
  title: string;
  /** The QR code as SVG markup, drawn on the server (lib/site/qr-code.ts). */
  svg: string;
};

/**
 * A desktop reader opens the page on a phone by scanning it: the QR code of
 * the page's address, drawn on the server (no script, no outside service),
 * with the share buttons beside it.
 */
export function PageQrCode({ url, path, title, svg }: PageQrCodeProps) {
  return (
    <section aria-labelledby="qr-heading" className="mt-6 flex flex-wrap items-center gap-4 rounded border border-line p-4">
      {/* The markup comes from the qrcode library's SVG writer, never from input. */}
      <div role="img" aria-label={`本页二维码：${url}`} className="size-36 shrink-0 bg-white" dangerouslySetInnerHTML={{ __html: svg }} />
      <div className="min-w-0 flex-1 space-y-2">
        <h2 id="qr-heading" className="text-lg font-bold">
          在手机上打开
        </h2>
        <p className="text-sm text-muted">用手机扫描二维码即可打开本页，或把链接分享给好友。</p>
        <ShareLinks path={path} title={title} />
      </div>
    </section>
  );
}
