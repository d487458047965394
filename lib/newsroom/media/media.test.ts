import { createReadStream, existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { findMediaPage } from "@/lib/data/media/list-media";
import { findPublishedMediaItem, findRelatedMediaItems } from "@/lib/data/media/get-media-item";
import { db } from "@/lib/db/client";
import { seedSiteDefaults } from "@/demo/seed-demo";
import { avDir } from "@/lib/media/av/av-files";
import { AV_UPLOAD_ERRORS } from "@/lib/media/av/process-av-upload";
import { SUBTITLE_ERRORS } from "@/lib/media/av/process-subtitles";
import type { MediaItemFormInput } from "@/lib/validation/media-item";
import { makeActor } from "@/test/actors";
import { CommandError } from "../errors";
import { attachMediaFile, attachSubtitles, removeSubtitles } from "./attach-media-files";
import { deleteMediaItem, publishMediaItem, withdrawMediaItem } from "./change-media-status";
import { saveMediaItem } from "./save-media-item";

// The 视听 commands with real files and a real database: who may do what,
// and what happens to bad uploads.

const DEMO = path.join(__dirname, "..", "..", "..", "demo", "media");
const fileBody = (name: string) => Readable.toWeb(createReadStream(path.join(DEMO, name))) as ReadableStream<Uint8Array>;
const bytesBody = (data: Uint8Array | string) => new Blob([typeof data === "string" ? data : Buffer.from(data)]).stream();

let home: number;
let other: number;
const actors: Record<string, Actor | null> = {};

beforeAll(async () => {
  await seedSiteDefaults();
  home = (await db.section.findUniqueOrThrow({ where: { slug: "xianshi" } })).id;
  other = (await db.section.findUniqueOrThrow({ where: { slug: "hangye" } })).id;
  const tag = Date.now();
  actors["signed out"] = null;
  actors.reporter = await makeActor(`m-rep-a-${tag}`, "reporter", []);
  actors["other reporter"] = await makeActor(`m-rep-b-${tag}`, "reporter", []);
  actors["editor (section)"] = await makeActor(`m-ed-a-${tag}`, "editor", [home]);
  actors["editor (other section)"] = await makeActor(`m-ed-b-${tag}`, "editor", [other]);
  actors.chief = await makeActor(`m-chief-${tag}`, "chief", []);
  actors.admin = await makeActor(`m-admin-${tag}`, "admin", []);
});

const form = (overrides: Partial<MediaItemFormInput> = {}): MediaItemFormInput => ({
  id: null,
  title: "苗年节芦笙表演",
  summary: "简介",
  sectionId: home,
  kind: "video",
  coverImageId: null,
  ...overrides,
});

async function refusal(promise: Promise<unknown>): Promise<CommandError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CommandError);
  return error as CommandError;
}

/** A draft created by the reporter, with the demo video attached. */
async function reporterDraftWithVideo() {
  const { id } = await saveMediaItem(actors.reporter, form());
  await attachMediaFile(actors.reporter, id, fileBody("demo-bars.mp4"));
  return id;
}

describe("permissions", () => {
  it("lets reporters create and change their own drafts, not others' and not publish", async () => {
    const id = await reporterDraftWithVideo();
    await saveMediaItem(actors.reporter, form({ id, title: "改过的标题" }));
    expect((await refusal(saveMediaItem(actors["other reporter"], form({ id })))).code).toBe("forbidden");
    expect((await refusal(publishMediaItem(actors.reporter, id))).code).toBe("forbidden");
    expect((await refusal(attachMediaFile(actors["other reporter"], id, fileBody("demo-bars.mp4")))).code).toBe("forbidden");
  });

  it("lets editors publish in their sections only, chief editors and admins anywhere", async () => {
    const id = await reporterDraftWithVideo();
    await saveMediaItem(actors.reporter, form({ id }));
    expect((await refusal(publishMediaItem(actors["editor (other section)"], id))).code).toBe("forbidden");
    expect((await refusal(publishMediaItem(actors["signed out"], id))).code).toBe("unauthenticated");
    const published = await publishMediaItem(actors["editor (section)"], id);
    expect(published.revalidate).toEqual(expect.arrayContaining(["media", `media:${id}`, "home"]));
    // Once published, the reporter can no longer change it.
    expect((await refusal(saveMediaItem(actors.reporter, form({ id })))).code).toBe("forbidden");
    await withdrawMediaItem(actors.chief, id);
    await publishMediaItem(actors.admin, id);
    const audit = await db.auditLog.findMany({ where: { targetType: "media", targetId: id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["media.create", "media.upload", "media.save", "media.publish", "media.withdraw", "media.publish"]);
  });

  it("does not let an editor move an item into a section they do not edit", async () => {
    const { id } = await saveMediaItem(actors["editor (section)"], form());
    expect((await refusal(saveMediaItem(actors["editor (section)"], form({ id, sectionId: other })))).code).toBe("forbidden");
  });

  it("refuses to publish an item without a file", async () => {
    const { id } = await saveMediaItem(actors.chief, form());
    expect((await refusal(publishMediaItem(actors.chief, id))).message).toBe("请先上传音视频文件再发布");
  });
});

describe("uploads", () => {
  it("stores a video with its duration read from the file, and removes the file it replaces", async () => {
    const { id } = await saveMediaItem(actors.chief, form());
    const first = await attachMediaFile(actors.chief, id, fileBody("demo-bars.mp4"));
    expect(first.durationSeconds).toBe(8);
    expect(first.fileName).toMatch(/^[0-9a-f]{20}\.mp4$/);
    expect(existsSync(path.join(avDir(), first.fileName))).toBe(true);
    const second = await attachMediaFile(actors.chief, id, fileBody("demo-fractal.mp4"));
    expect(existsSync(path.join(avDir(), first.fileName)), "旧文件应已删除").toBe(false);
    const row = await db.mediaItem.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ fileName: second.fileName, mimeType: "video/mp4", durationSeconds: 6, fileSize: 108392 });
  });

  it("stores M4A and MP3 audio", async () => {
    const { id } = await saveMediaItem(actors.chief, form({ kind: "audio" }));
    expect((await attachMediaFile(actors.chief, id, fileBody("demo-chord.m4a"))).fileName).toMatch(/\.m4a$/);
    expect((await attachMediaFile(actors.chief, id, fileBody("demo-tones.mp3"))).durationSeconds).toBe(9);
    expect((await db.mediaItem.findUniqueOrThrow({ where: { id } })).mimeType).toBe("audio/mpeg");
  });

  it("refuses a picture renamed to .mp4, text, audio as video and video as audio, leaving nothing behind", async () => {
    const before = readdirSync(avDir()).length;
    const video = (await saveMediaItem(actors.chief, form())).id;
    const audio = (await saveMediaItem(actors.chief, form({ kind: "audio" }))).id;
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(200).fill(7)]);
    expect((await refusal(attachMediaFile(actors.chief, video, bytesBody(png)))).message).toBe(AV_UPLOAD_ERRORS.notMedia);
    expect((await refusal(attachMediaFile(actors.chief, video, bytesBody("这不是视频")))).message).toBe(AV_UPLOAD_ERRORS.notMedia);
    expect((await refusal(attachMediaFile(actors.chief, video, bytesBody("")))).message).toBe(AV_UPLOAD_ERRORS.empty);
    expect((await refusal(attachMediaFile(actors.chief, video, fileBody("demo-chord.m4a")))).message).toBe(AV_UPLOAD_ERRORS.notVideo);
    expect((await refusal(attachMediaFile(actors.chief, audio, fileBody("demo-bars.mp4")))).message).toBe(AV_UPLOAD_ERRORS.notAudio);
    // A file that starts like an MP4 but is cut off after the header.
    const truncated = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from("ftypisom\0\0\0\0isommp41"), Buffer.alloc(100)]);
    expect((await refusal(attachMediaFile(actors.chief, video, bytesBody(truncated)))).message).toBe(AV_UPLOAD_ERRORS.corrupt);
    expect(readdirSync(avDir()).length).toBe(before);
    expect((await db.mediaItem.findUniqueOrThrow({ where: { id: video } })).fileName).toBe("");
  });

  it("stops reading an oversized upload at the limit and keeps nothing", async () => {
    const before = readdirSync(avDir()).length;
    const { id } = await saveMediaItem(actors.chief, form());
    const error = await refusal(attachMediaFile(actors.chief, id, fileBody("demo-bars.mp4"), "", 10_000));
    expect(error.message).toBe(AV_UPLOAD_ERRORS.tooLarge(0));
    expect(readdirSync(avDir()).length).toBe(before);
  });

  it("stores WebVTT subtitles, refuses malformed ones and removes replaced ones", async () => {
    const { id } = await saveMediaItem(actors.chief, form());
    expect((await refusal(attachSubtitles(actors.chief, id, bytesBody("1\n00:00:01,000 --> 00:00:02,000\n字幕\n")))).message).toBe(SUBTITLE_ERRORS.notVtt);
    const first = await attachSubtitles(actors.chief, id, fileBody("demo-bars.vtt"));
    const second = await attachSubtitles(actors.chief, id, fileBody("demo-pattern.vtt"));
    expect(existsSync(path.join(avDir(), first.fileName))).toBe(false);
    expect(existsSync(path.join(avDir(), second.fileName))).toBe(true);
    await removeSubtitles(actors.chief, id);
    expect(existsSync(path.join(avDir(), second.fileName))).toBe(false);
    expect((await refusal(attachSubtitles(actors["editor (other section)"], id, fileBody("demo-bars.vtt")))).code).toBe("forbidden");
  });

  it("does not let the kind change away from the uploaded file's", async () => {
    const { id } = await saveMediaItem(actors.chief, form());
    await attachMediaFile(actors.chief, id, fileBody("demo-bars.mp4"));
    expect((await refusal(saveMediaItem(actors.chief, form({ id, kind: "audio" })))).fieldErrors.kind).toBeTruthy();
  });

  it("deletes an item with its files, but not while it is published", async () => {
    const id = await reporterDraftWithVideo();
    await attachSubtitles(actors.reporter, id, fileBody("demo-bars.vtt"));
    const row = await db.mediaItem.findUniqueOrThrow({ where: { id } });
    await publishMediaItem(actors.chief, id);
    expect((await refusal(deleteMediaItem(actors.chief, id))).message).toBe("请先撤下节目再删除");
    await withdrawMediaItem(actors.chief, id);
    expect((await refusal(deleteMediaItem(actors.reporter, id))).code).toBe("forbidden");
    await deleteMediaItem(actors.chief, id);
    expect(existsSync(path.join(avDir(), row.fileName))).toBe(false);
    expect(existsSync(path.join(avDir(), row.subtitlesFile))).toBe(false);
  });
});

describe("reader queries", () => {
  it("show only published items with a file, filtered by kind, with related items", async () => {
    const video = await reporterDraftWithVideo();
    expect(await findPublishedMediaItem(video)).toBeNull();
    await publishMediaItem(actors.chief, video);
    const audio = (await saveMediaItem(actors.chief, form({ kind: "audio", sectionId: other }))).id;
    await attachMediaFile(actors.chief, audio, fileBody("demo-tones.mp3"));
    await publishMediaItem(actors.chief, audio);

    const view = await findPublishedMediaItem(video);
    expect(view).toMatchObject({ id: video, kind: "video", durationSeconds: 8, mimeType: "video/mp4", section: { slug: "xianshi" } });
    const audioPage = await findMediaPage({ kind: "audio", page: 1 });
    expect(audioPage?.items.map((i) => i.kind)).not.toContain("video");
    expect(audioPage?.items[0].id).toBe(audio);
    expect(await findMediaPage({ kind: "audio", page: 99 })).toBeNull();
    // The only other audio item is in another section: related falls back to it.
    const related = await findRelatedMediaItems({ id: audio, kind: "audio", sectionSlug: "hangye" });
    expect(related.length).toBeGreaterThan(0);
    expect(related.map((r) => r.id)).not.toContain(audio);
  });
});
