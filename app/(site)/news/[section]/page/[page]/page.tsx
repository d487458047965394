import type { Metadata } from "next";
import { feedAlternates } from "@/lib/feeds/alternates";
import { ArticleListPage } from "@/components/article/article-list-page";
import { newsHref, sectionHref } from "@/lib/site/channels";
import { loadSectionPage, redirectFirstPage } from "@/lib/site/news-pages";

export const revalidate = 300;
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ section: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section: slug, page } = await params;
  const { section, list } = await loadSectionPage(slug, page);
  return { title: `${section.name} 第${list.page}页`, alternates: { canonical: sectionHref(section.slug, list.page), types: feedAlternates(section.slug, section.name) } };
}

export default async function SectionListPage({ params }: Props) {
  const { section: slug, page } = await params;
  redirectFirstPage(page, slug);
  const { section, list } = await loadSectionPage(slug, page);
  return (
    <ArticleListPage
      heading={section.name}
      crumbs={[
        { label: "首页", href: "/" },
        { label: "新闻中心", href: newsHref() },
        { label: section.name, href: sectionHref(section.slug) },
        { label: `第${list.page}页` },
      ]}
      list={list}
      href={(n) => sectionHref(section.slug, n)}
    />
  );
}
