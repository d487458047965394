import type { Metadata } from "next";
import { feedAlternates } from "@/lib/feeds/alternates";
import { ArticleListPage } from "@/components/article/article-list-page";
import { FollowButton } from "@/components/follows/follow-button";
import { newsHref, sectionHref } from "@/lib/site/channels";
import { loadSectionPage, sectionStaticParams } from "@/lib/site/news-pages";

export const revalidate = 300;
export const dynamicParams = true;

export const generateStaticParams = sectionStaticParams;

type Props = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section: slug } = await params;
  const { section } = await loadSectionPage(slug);
  return {
    title: `${section.name} - 新闻中心`,
    description: section.description || `黔东南信息港${section.name}栏目最新新闻。`,
    alternates: { canonical: sectionHref(section.slug), types: feedAlternates(section.slug, section.name) },
  };
}

export default async function SectionPage({ params }: Props) {
  const { section: slug } = await params;
  const { section, list } = await loadSectionPage(slug);
  return (
    <ArticleListPage
      heading={section.name}
      description={section.description}
      crumbs={[{ label: "首页", href: "/" }, { label: "新闻中心", href: newsHref() }, { label: section.name }]}
      list={list}
      href={(n) => sectionHref(section.slug, n)}
      headingAction={<FollowButton kind="section" slug={section.slug} name={section.name} />}
    />
  );
}
