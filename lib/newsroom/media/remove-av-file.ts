import "server-only";
import { rm } from "node:fs/promises";
import { avFilePath, isAvFileName } from "@/lib/media/av/av-files";

/** Deletes a stored file that no item refers to any more; missing files are fine. */
export async function removeAvFile(fileName: string) {
  if (!fileName || !isAvFileName(fileName)) return;
  await rm(avFilePath(fileName), { force: true });
}
