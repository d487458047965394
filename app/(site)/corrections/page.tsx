import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { correctionText } from "@/lib/content/correction-text";
import { getPublishedCorrections } from "@/lib/data/corrections/list-corrections";
import { formatDateTime, toChinaIso } from "@/lib/format/date";
import { articleHref } from "@/lib/site/channels";

export const metadata: Metadata = {
  title: "更正",
  description: "黔东南信息港公开更正：报道中的差错、更正内容与更正时间。",
  alternates: { canonical: "/corrections" },
};

// Served from the cache; a new correction expires the `corrections` tag.
export const revalidate = 3600;

export default async function CorrectionsPage() {
  const corrections = await getPublishedCorrections();
  return (
    <div className="mx-auto max-w-3xl pb-8">
      <Breadcrumb items={[{ label: "首页", href: "/" }, { label: "更正" }]} />
      <h1 className="mt-1 border-b-2 border-brand pb-2 text-2xl font-bold">更正</h1>
      <p className="mt-3 text-muted">报道出现差错时，我们在原文标题下注明更正内容和时间，并在此公开列出，不悄悄修改。</p>
      {corrections.length === 0 ? (
        <p className="mt-6">目前没有更正。</p>
      ) : (
        <ol className="mt-4 divide-y divide-line">
          {corrections.map((c) => (
            <li key={c.id} className="py-4">
              <h2 className="text-lg font-bold">
                <Link prefetch={false} href={articleHref(c.article.id)} className="inline-flex min-h-11 items-center hover:text-brand">
                  {c.article.title}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-muted">
                {c.article.sectionName} · 更正于 <time dateTime={toChinaIso(new Date(c.createdAt))}>{formatDateTime(new Date(c.createdAt))}</time>
              </p>
              <p className="mt-1">{correctionText(c)}</p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
