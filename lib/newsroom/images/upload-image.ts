import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { processImageUpload, type UploadResult } from "@/lib/media/process-upload";
import { recordAudit } from "../audit";

/**
 * A picture from the newsroom's editor or cover picker: checked and stored
 * with its variants, and the upload written to the audit log. Any signed-in
 * newsroom account may upload; the picture is nobody's to see until an item
 * that uses it is published.
 */
export async function uploadNewsroomImage(actor: Actor, file: Blob, { ip }: { ip: string }): Promise<UploadResult> {
  const result = await processImageUpload(file, { uploadedById: actor.id });
  if (result.ok) await recordAudit({ userId: actor.id, action: "image.upload", targetType: "image", targetId: result.image.id, ip });
  return result;
}
