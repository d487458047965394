import type { Actor } from "./roles";
import { STATUS } from "@/lib/content/status";

// Named permission checks. Every newsroom command calls the one it needs
// first, with the signed-in actor (null when signed out); the pages use the
// same checks only to decide which buttons to show.

type ArticleRef = { sectionId: number; authorId: number | null; status: string };

const isChief = (a: Actor) => a.role === "admin" || a.role === "chief";
const editsSection = (a: Actor, sectionId: number) => isChief(a) || (a.role === "editor" && a.sectionIds.includes(sectionId));

export function canUseNewsroom(actor: Actor | null): actor is Actor {
  return actor !== null;
}

export function canCreateArticle(actor: Actor | null, sectionId: number): boolean {
  if (!actor) return false;
  return actor.role === "reporter" || editsSection(actor, sectionId);
}

/** Reporters change their own drafts until an editor takes them over; editors their sections. */
export function canEditArticle(actor: Actor | null, article: ArticleRef): boolean {
  if (!actor) return false;
  if (editsSection(actor, article.sectionId)) return true;
  return actor.role === "reporter" && article.authorId === actor.id && article.status === STATUS.draft;
}

export function canSubmitArticle(actor: Actor | null, article: ArticleRef): boolean {
  return canEditArticle(actor, article) && article.status === STATUS.draft;
}

/** Publishing, scheduling, withdrawing: chief editors anywhere, editors in their sections. */
export function canPublishArticle(actor: Actor | null, article: Pick<ArticleRef, "sectionId">): boolean {
  return !!actor && editsSection(actor, article.sectionId);
}

/** The homepage lead (头条) and 推荐 flags are the chief editor's call. */
export function canSetHomepageFlags(actor: Actor | null): boolean {
  return !!actor && isChief(actor);
}

export function canViewArticle(actor: Actor | null, article: ArticleRef): boolean {
  if (!actor) return false;
  if (actor.role !== "reporter") return true;
  return article.authorId === actor.id;
}

export function canHandleSubmissions(actor: Actor | null): boolean {
  return !!actor && actor.role !== "reporter";
}

export function canManageSite(actor: Actor | null): boolean {
  return actor?.role === "admin";
}

// 视听中心 follows the articles' rules: reporters create items and change
// their own drafts; editors edit and publish in their sections; chief
// editors and admins anywhere. An item without a section is the chief's.
type MediaRef = { sectionId: number | null; authorId: number | null; status: string };

export function canCreateMediaItem(actor: Actor | null, sectionId: number): boolean {
  return canCreateArticle(actor, sectionId);
}

export function canEditMediaItem(actor: Actor | null, item: MediaRef): boolean {
  if (!actor) return false;
  if (item.sectionId === null ? isChief(actor) : editsSection(actor, item.sectionId)) return true;
  return actor.role === "reporter" && item.authorId === actor.id && item.status === STATUS.draft;
}

/** Publishing, withdrawing and deleting. */
export function canPublishMediaItem(actor: Actor | null, item: Pick<MediaRef, "sectionId">): boolean {
  if (!actor) return false;
  return item.sectionId === null ? isChief(actor) : editsSection(actor, item.sectionId);
}

/** 专题: creating and arranging special topics is the chief editors' call. */
export function canManageTopics(actor: Actor | null): boolean {
  return !!actor && isChief(actor);
}

/** 人才网: editors and up review, publish, edit and withdraw job posts. */
export function canManageJobs(actor: Actor | null): boolean {
  return !!actor && actor.role !== "reporter";
}

// 黔图汇 photo sets follow the articles' rules: reporters create drafts and
// change their own until published, editors work and publish in their
// sections, chief editors and admins anywhere.
type PhotoSetRef = { sectionId: number; authorId: number | null; status: string };

export function canCreatePhotoSet(actor: Actor | null, sectionId: number): boolean {
  return canCreateArticle(actor, sectionId);
}

export function canEditPhotoSet(actor: Actor | null, set: PhotoSetRef): boolean {
  return canEditArticle(actor, set);
}

export function canPublishPhotoSet(actor: Actor | null, set: Pick<PhotoSetRef, "sectionId">): boolean {
  return canPublishArticle(actor, set);
}

export function canViewPhotoSet(actor: Actor | null, set: PhotoSetRef): boolean {
  return canViewArticle(actor, set);
}

/** Reporters see only the 视听 items they created; editors and up see all. */
export function canViewMediaItem(actor: Actor | null, item: Pick<MediaRef, "authorId">): boolean {
  if (!actor) return false;
  return actor.role !== "reporter" || item.authorId === actor.id;
}

/**
 * 数据: whose readership a user may read. Chief editors and admins read
 * everything; editors their sections (and 人才网, which they run) and their
 * own items; reporters only the items they created. Every read in
 * lib/data/stats applies it; null means no access at all.
 */
export type ReadershipScope = { all: true } | { all: false; sectionIds: number[]; authorId: number; jobs: boolean };

export function readershipScope(actor: Actor | null): ReadershipScope | null {
  if (!actor) return null;
  if (isChief(actor)) return { all: true };
  if (actor.role === "editor") return { all: false, sectionIds: actor.sectionIds, authorId: actor.id, jobs: true };
  return { all: false, sectionIds: [], authorId: actor.id, jobs: false };
}

/** Whether a scope covers one item (its section, creator and kind). */
export function scopeCovers(scope: ReadershipScope, item: { kind: string; sectionId: number | null; authorId: number | null }): boolean {
  if (scope.all) return true;
  if (item.authorId === scope.authorId) return true;
  if (item.kind === "job") return scope.jobs;
  return item.sectionId !== null && scope.sectionIds.includes(item.sectionId);
}

/** The 零结果搜索 list is about the whole site: editors and up. */
export function canReadSearchMisses(actor: Actor | null): boolean {
  return !!actor && actor.role !== "reporter";
}
