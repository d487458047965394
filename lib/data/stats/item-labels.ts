import "server-only";
import { db } from "@/lib/db/client";
import { jobHref } from "@/lib/jobs/job-urls";
import { articleHref, photoSetHref } from "@/lib/site/channels";
import type { ViewKind } from "@/lib/views/view-kinds";

export type ItemLabel = { title: string; href: string; newsroomHref: string | null };

/** Titles and addresses of items named "kind:id", for the stats tables. */
export async function itemLabels(keys: string[]): Promise<Map<string, ItemLabel>> {
  const ids: Record<ViewKind, number[]> = { article: [], photos: [], media: [], job: [] };
  for (const key of keys) {
    const [kind, id] = key.split(":");
    if (kind in ids) ids[kind as ViewKind].push(Number(id));
  }
  const select = { id: true, title: true } as const;
  const [articles, sets, media, jobs] = await Promise.all([
    ids.article.length ? db.article.findMany({ where: { id: { in: ids.article } }, select }) : [],
    ids.photos.length ? db.photoSet.findMany({ where: { id: { in: ids.photos } }, select }) : [],
    ids.media.length ? db.mediaItem.findMany({ where: { id: { in: ids.media } }, select }) : [],
    ids.job.length ? db.jobPost.findMany({ where: { id: { in: ids.job } }, select: { id: true, position: true, employer: true } }) : [],
  ]);
  const labels = new Map<string, ItemLabel>();
  for (const a of articles) labels.set(`article:${a.id}`, { title: a.title, href: articleHref(a.id), newsroomHref: `/newsroom/articles/${a.id}` });
  for (const s of sets) labels.set(`photos:${s.id}`, { title: s.title, href: photoSetHref(s.id), newsroomHref: `/newsroom/photos/${s.id}` });
  for (const m of media) labels.set(`media:${m.id}`, { title: m.title, href: `/video/${m.id}`, newsroomHref: `/newsroom/video/${m.id}` });
  for (const j of jobs) labels.set(`job:${j.id}`, { title: `${j.position} · ${j.employer}`, href: jobHref(j.id), newsroomHref: null });
  return labels;
}
