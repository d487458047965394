// The newsroom's picture uploads (app/(newsroom)/newsroom/api/images), for
// the cover picker, the editor and the photo-set form.

export const IMAGE_UPLOAD_URL = "/newsroom/api/images";

export type UploadedImage = { id: number; src: string };

/** Sends one picture; throws with the route's own Chinese message when it is refused. */
export async function uploadImage(file: File, url = IMAGE_UPLOAD_URL): Promise<UploadedImage> {
  const body = new FormData();
  body.set("file", file);
  const response = await fetch(url, { method: "POST", body });
  const result = (await response.json().catch(() => ({ ok: false }))) as { ok: boolean; error?: string; image?: UploadedImage };
  if (!result.ok || !result.image) throw new Error(result.error || "上传失败，请重试");
  return { id: result.image.id, src: result.image.src };
}
