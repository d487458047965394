import { clientIp } from "@/lib/auth/client-ip";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { jsonNoStore } from "@/lib/http/json-response";
import { imageSrc, imageSrcSet } from "@/lib/media/image-url";
import { MAX_UPLOAD_BYTES } from "@/lib/media/process-upload";
import { uploadNewsroomImage } from "@/lib/newsroom/images/upload-image";

// Picture uploads from the newsroom's editor and cover picker. Checks the
// session itself (route handlers are not covered by any page's check), and
// refuses oversized bodies before reading them.
export async function POST(request: Request) {
  const actor = await getCurrentActor();
  if (!actor) return jsonNoStore({ ok: false, error: "请先登录编辑部" }, 401);

  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_UPLOAD_BYTES + 64 * 1024) return jsonNoStore({ ok: false, error: "图片不能超过10MB" }, 413);

  let file: FormDataEntryValue | null = null;
  try {
    file = (await request.formData()).get("file");
  } catch {
    return jsonNoStore({ ok: false, error: "上传的数据不完整，请重试" }, 400);
  }
  if (!(file instanceof Blob)) return jsonNoStore({ ok: false, error: "请选择要上传的图片" }, 400);

  const result = await uploadNewsroomImage(actor, file, { ip: clientIp(request.headers) });
  if (!result.ok) return jsonNoStore(result, 422);
  const view = { ...result.image, caption: "", credit: "" };
  return jsonNoStore({
    ok: true,
    image: { id: result.image.id, src: imageSrc(view, 960), srcset: imageSrcSet(view), width: result.image.width, height: result.image.height, alt: result.image.alt },
  });
}
