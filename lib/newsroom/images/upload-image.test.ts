import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeActor } from "@/test/make-actor";
import { uploadNewsroomImage } from "./upload-image";

describe("uploadNewsroomImage", () => {
  it("stores the picture and logs who uploaded it from where", async () => {
    const reporter = await makeActor(`upload-${Date.now().toString(36)}`, "reporter", []);
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#b22" } }).png().toBuffer();
    const result = await uploadNewsroomImage(reporter, new Blob([new Uint8Array(png)]), { ip: "203.0.113.7" });
    if (!result.ok) throw new Error(result.error);
    expect(await db.image.findUnique({ where: { id: result.image.id }, select: { uploadedById: true } })).toEqual({ uploadedById: reporter.id });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "image.upload", targetId: result.image.id } });
    expect(audit).toMatchObject({ userId: reporter.id, targetType: "image", ip: "203.0.113.7" });
  });

  it("refuses what is not a picture and logs nothing", async () => {
    const reporter = await makeActor(`upload-bad-${Date.now().toString(36)}`, "reporter", []);
    const before = await db.auditLog.count({ where: { action: "image.upload", userId: reporter.id } });
    const result = await uploadNewsroomImage(reporter, new Blob(["not a picture"]), { ip: "203.0.113.8" });
    expect(result.ok).toBe(false);
    expect(await db.auditLog.count({ where: { action: "image.upload", userId: reporter.id } })).toBe(before);
  });
});
