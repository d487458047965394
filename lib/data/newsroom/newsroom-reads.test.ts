import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { seedSiteDefaults } from "@/demo/seed-demo";
import { listSubmissions, parseSubmissionFilters } from "@/lib/newsroom/submissions/list-submissions";
import { makeActor } from "@/test/make-actor";
import { listAuditLog } from "./list-audit-log";
import { getMediaItemForEdit } from "./list-newsroom-media";
import { listUsers } from "./list-users";

// The newsroom's reads check the caller themselves, as the commands do: a page
// that forgot its own check still shows nothing it should not.

const tag = Date.now().toString(36);
let admin: Actor;
let editor: Actor;
let reporter: Actor;
let otherReporter: Actor;

beforeAll(async () => {
  await seedSiteDefaults();
  const section = await db.section.findFirstOrThrow({ where: { slug: "zonghe" } });
  admin = await makeActor(`reads-admin-${tag}`, "admin", []);
  editor = await makeActor(`reads-editor-${tag}`, "editor", [section.id]);
  reporter = await makeActor(`reads-rep-${tag}`, "reporter", []);
  otherReporter = await makeActor(`reads-rep2-${tag}`, "reporter", []);
});

describe("newsroom reads take the actor", () => {
  it("lists accounts and the audit log for admins only", async () => {
    expect((await listUsers(admin)).some((u) => u.id === editor.id)).toBe(true);
    await expect(listUsers(editor)).rejects.toMatchObject({ code: "forbidden" });
    await expect(listUsers(null)).rejects.toMatchObject({ code: "forbidden" });
    expect((await listAuditLog(admin, 1)).pageCount).toBeGreaterThanOrEqual(1);
    await expect(listAuditLog(editor, 1)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("lists submissions for editors and up, never for reporters", async () => {
    expect((await listSubmissions(editor, parseSubmissionFilters({}))).page).toBe(1);
    await expect(listSubmissions(reporter, parseSubmissionFilters({}))).rejects.toMatchObject({ code: "forbidden" });
  });

  it("opens a 视听 item for its reporter and editors, not for another reporter", async () => {
    const item = await db.mediaItem.create({
      data: { title: `读取测试-${tag}`, summary: "", kind: "video", fileName: "", mimeType: "", fileSize: 0, status: "draft", authorId: reporter.id },
      select: { id: true },
    });
    expect((await getMediaItemForEdit(reporter, item.id))?.id).toBe(item.id);
    expect((await getMediaItemForEdit(editor, item.id))?.id).toBe(item.id);
    expect(await getMediaItemForEdit(otherReporter, item.id)).toBeNull();
  });
});
