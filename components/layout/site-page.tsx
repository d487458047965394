import { Breadcrumb } from "@/components/ui/breadcrumb";

/**
 * 关于我们 / 联系我们: a page an admin writes in 网站设置. The HTML was
 * sanitized on the server before it was stored, like an article body.
 */
export function SitePage({ title, html }: { title: string; html: string }) {
  return (
    <article className="mx-auto max-w-3xl">
      <Breadcrumb items={[{ label: "首页", href: "/" }, { label: title }]} />
      <h1 className="mt-1 border-b-2 border-brand pb-2 text-2xl font-bold">{title}</h1>
      <div className="article-body mt-5" dangerouslySetInnerHTML={{ __html: html }} />
    </article>
  );
}
