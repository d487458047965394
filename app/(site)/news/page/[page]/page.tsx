import type { Metadata } from "next";
import { feedAlternates } from "@/lib/feeds/alternates";
import { ArticleListPage } from "@/components/article/article-list-page";
import { newsHref } from "@/lib/site/channels";
import { loadNewsPage, redirectFirstPage } from "@/lib/site/news-pages";

export const revalidate = 300;
export const dynamicParams = true;

// Rendered on first request, then cached: only page 1 is worth building ahead.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params;
  const list = await loadNewsPage(page);
  return { title: `新闻中心 第${list.page}页`, alternates: { canonical: newsHref(list.page), types: feedAlternates() } };
}

export default async function NewsListPage({ params }: Props) {
  const { page } = await params;
  redirectFirstPage(page);
  const list = await loadNewsPage(page);
  return (
    <ArticleListPage
      heading="新闻中心"
      crumbs={[{ label: "首页", href: "/" }, { label: "新闻中心", href: newsHref() }, { label: `第${list.page}页` }]}
      list={list}
      href={newsHref}
      showSection
    />
  );
}
