import "server-only";
import { canManageJobs } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import { MAX_NEWSROOM_JOB_DAYS } from "@/lib/jobs/expiry";
import type { JobFieldsInput } from "@/lib/validation/job";
import { recordAudit } from "../audit";
import { CommandError, forbidden, notFound, notSignedIn } from "../errors";
import { checkClosingDay } from "./closing-day";
import { STATUS } from "@/lib/content/status";

// The newsroom's side of 人才网: editors and up approve or reject employers'
// posts, write posts themselves (published at once) and withdraw them. Each
// command returns the tags of the public pages it changed: every list
// (`jobs`) and the post's own page (`job:<id>`).

type Context = { ip?: string; now?: Date };
type JobRef = { id: number };

const jobTags = (id: number) => [cacheTags.jobs, cacheTags.job(id)];

function assertMayManage(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw notSignedIn();
  if (!canManageJobs(actor)) throw forbidden("管理招聘信息");
}

function closingTime(day: string, now: Date): Date {
  const closing = checkClosingDay(day, now, MAX_NEWSROOM_JOB_DAYS);
  if (!closing.ok) throw new CommandError("invalid", closing.message, { expiresOn: closing.message });
  return closing.expiresAt;
}

/** Creates a post (published at once, the editor as its reviewer) or edits one, whatever its status. */
export async function saveJob(actor: Actor | null, input: JobFieldsInput & { id: number | "" }, { ip = "", now = new Date() }: Context = {}) {
  assertMayManage(actor);
  const { id, expiresOn, ...fields } = input;
  const expiresAt = closingTime(expiresOn, now);
  if (id === "") {
    const created = await db.$transaction(async (tx) => {
      const row = await tx.jobPost.create({
        data: { ...fields, expiresAt, status: STATUS.published, publishedAt: now, reviewedById: actor.id },
        select: { id: true },
      });
      await recordAudit({ userId: actor.id, action: "job.create", targetType: "job", targetId: row.id, detail: `${fields.employer}：${fields.position}`, ip }, tx);
      return row;
    });
    return { id: created.id, revalidate: jobTags(created.id) };
  }
  const existing = await db.jobPost.findUnique({ where: { id }, select: { id: true } });
  if (!existing) throw notFound("招聘信息");
  await db.$transaction(async (tx) => {
    await tx.jobPost.update({ where: { id }, data: { ...fields, expiresAt } });
    await recordAudit({ userId: actor.id, action: "job.update", targetType: "job", targetId: id, detail: `${fields.employer}：${fields.position}`, ip }, tx);
  });
  return { id, revalidate: jobTags(id) };
}

/** 通过: a pending post goes public, dated from now. */
export async function approveJob(actor: Actor | null, ref: JobRef, context: Context = {}) {
  const now = context.now ?? new Date();
  return transition(actor, ref, context, { from: STATUS.pending, to: STATUS.published, action: "job.approve", data: { publishedAt: now } });
}

/** 拒绝: a pending post is kept, under 已拒绝, and never shown. */
export async function rejectJob(actor: Actor | null, ref: JobRef, context: Context = {}) {
  return transition(actor, ref, context, { from: STATUS.pending, to: STATUS.rejected, action: "job.reject", data: {} });
}

/** 撤下: a published post leaves the site (its page becomes a 404). */
export async function withdrawJob(actor: Actor | null, ref: JobRef, context: Context = {}) {
  return transition(actor, ref, context, { from: STATUS.published, to: STATUS.withdrawn, action: "job.withdraw", data: {} });
}

const STATUS_WORDS: Record<string, string> = { pending: "待审", published: "已发布", rejected: "已拒绝", withdrawn: "已撤下" };

async function transition(
  actor: Actor | null,
  { id }: JobRef,
  { ip = "" }: Context,
  step: { from: string; to: string; action: string; data: { publishedAt?: Date } },
) {
  assertMayManage(actor);
  return db.$transaction(async (tx) => {
    // Conditional on the status, so two editors pressing at once change it once.
    const claimed = await tx.jobPost.updateMany({ where: { id, status: step.from }, data: { status: step.to, reviewedById: actor.id, ...step.data } });
    if (claimed.count === 0) {
      const row = await tx.jobPost.findUnique({ where: { id }, select: { status: true } });
      if (!row) throw notFound("招聘信息");
      throw new CommandError("conflict", `这条招聘信息${STATUS_WORDS[row.status] ?? row.status}，不能再进行此操作`);
    }
    const row = await tx.jobPost.findUniqueOrThrow({ where: { id }, select: { employer: true, position: true } });
    await recordAudit({ userId: actor.id, action: step.action, targetType: "job", targetId: id, detail: `${row.employer}：${row.position}`, ip }, tx);
    return { id, revalidate: jobTags(id) };
  });
}
