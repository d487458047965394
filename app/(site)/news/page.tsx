import type { Metadata } from "next";
import { feedAlternates } from "@/lib/feeds/alternates";
import { ArticleListPage } from "@/components/article/article-list-page";
import { newsHref } from "@/lib/site/channels";
import { loadNewsPage } from "@/lib/site/news-pages";

export const revalidate = 300;

export const metadata: Metadata = {
  title: "新闻中心",
  description: "黔东南信息港新闻中心：全州要闻、时政、县市、行业等最新新闻。",
  alternates: { canonical: newsHref(), types: feedAlternates() },
};

export default async function NewsPage() {
  const list = await loadNewsPage();
  return <ArticleListPage heading="新闻中心" crumbs={[{ label: "首页", href: "/" }, { label: "新闻中心" }]} list={list} href={newsHref} showSection />;
}
