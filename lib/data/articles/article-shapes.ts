import { imageSelect, toImageView } from "@/lib/data/images/image-view";
import type { ArticleLink, ArticleListItem, ArticleView } from "@/lib/view-types";

// The columns each kind of read needs, and how rows become view objects.
// Lists never load bodies.


export const listItemSelect = {
  id: true,
  title: true,
  summary: true,
  publishedAt: true,
  isBreaking: true,
  viewCount: true,
  section: { select: { id: true, slug: true, name: true } },
  coverImage: { select: imageSelect },
} as const;

export const articleSelect = {
  ...listItemSelect,
  subtitle: true,
  bodyHtml: true,
  dateline: true,
  modifiedAt: true,
  source: { select: { name: true, url: true } },
  editor: { select: { displayName: true } },
  reporters: { select: { reporter: { select: { name: true } } }, orderBy: { position: "asc" } },
  tags: { select: { tag: { select: { name: true } } } },
  corrections: { select: { id: true, wrong: true, corrected: true, createdAt: true }, orderBy: { createdAt: "asc" } },
} as const;

type ListRow = {
  id: number;
  title: string;
  summary: string;
  publishedAt: Date | null;
  isBreaking: boolean;
  viewCount: number;
  section: { id: number; slug: string; name: string };
  coverImage: Parameters<typeof toImageView>[0];
};

type ArticleRow = ListRow & {
  subtitle: string;
  bodyHtml: string;
  dateline: string;
  modifiedAt: Date | null;
  source: { name: string; url: string } | null;
  editor: { displayName: string } | null;
  reporters: { reporter: { name: string } }[];
  tags: { tag: { name: string } }[];
  corrections: { id: number; wrong: string; corrected: string; createdAt: Date }[];
};

export function toListItem(row: ListRow): ArticleListItem {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    section: row.section,
    cover: toImageView(row.coverImage),
    isBreaking: row.isBreaking,
    viewCount: row.viewCount,
  };
}

export function toArticleView(row: ArticleRow): ArticleView {
  return {
    ...toListItem(row),
    subtitle: row.subtitle,
    bodyHtml: row.bodyHtml,
    dateline: row.dateline,
    modifiedAt: (row.modifiedAt ?? row.publishedAt ?? new Date(0)).toISOString(),
    source: row.source,
    editorName: row.editor?.displayName ?? null,
    reporters: row.reporters.map((r) => r.reporter.name),
    tags: row.tags.map((t) => t.tag.name),
    corrections: row.corrections.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
  };
}

export function toArticleLink(row: { id: number; title: string; publishedAt: Date | null }): ArticleLink {
  return { id: row.id, title: row.title, publishedAt: (row.publishedAt ?? new Date(0)).toISOString() };
}
