import { getCurrentActor } from "@/lib/auth/current-actor";
import { imageSrc, imageSrcSet } from "@/lib/media/image-url";
import { MAX_UPLOAD_BYTES, processImageUpload } from "@/lib/media/process-upload";
import { recordAudit } from "@/lib/newsroom/audit";

// Picture uploads from the newsroom's editor and cover picker. Checks the
// session itself (route handlers are not covered by any page's check), and
// refuses oversized bodies before reading them.
export async function POST(request: Request) {
  const actor = await getCurrentActor();
  if (!actor) return json({ ok: false, error: "请先登录编辑部" }, 401);

  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_UPLOAD_BYTES + 64 * 1024) return json({ ok: false, error: "图片不能超过10MB" }, 413);

  let file: FormDataEntryValue | null = null;
  try {
    file = (await request.formData()).get("file");
  } catch {
    return json({ ok: false, error: "上传的数据不完整，请重试" }, 400);
  }
  if (!(file instanceof Blob)) return json({ ok: false, error: "请选择要上传的图片" }, 400);

  const result = await processImageUpload(file, { uploadedById: actor.id });
  if (!result.ok) return json(result, 422);
  await recordAudit({ userId: actor.id, action: "image.upload", targetType: "image", targetId: result.image.id });
  const view = { ...result.image, caption: "", credit: "" };
  return json({
    ok: true,
    image: { id: result.image.id, src: imageSrc(view, 960), srcset: imageSrcSet(view), width: result.image.width, height: result.image.height, alt: result.image.alt },
  });
}

function json(body: unknown, status = 200) {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}
