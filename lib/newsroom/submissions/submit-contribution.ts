import "server-only";
import { db } from "@/lib/db/client";
import { processImageUpload } from "@/lib/media/process-upload";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { contributionSchema, MAX_CONTRIBUTION_IMAGE_BYTES, MAX_CONTRIBUTION_IMAGES } from "@/lib/validation/submission";
import { checkContributionLimit, recordContribution } from "./contribution-limit";

export type ContributionResult =
  | { ok: true; /** null when the honeypot was filled and nothing was stored */ id: number | null }
  | { ok: false; code: "invalid" | "rate-limited"; message: string; fieldErrors: Record<string, string> };

export type ContributionContext = { ip: string; files?: Blob[] };

/**
 * Stores a reader's contribution for the newsroom's inbox. The body is kept
 * as the plain text the reader typed; it only becomes HTML, escaped, when an
 * editor turns it into a draft. Nothing is written unless the whole
 * contribution, pictures included, is acceptable.
 */
export async function submitContribution(input: Record<string, unknown>, { ip, files = [] }: ContributionContext): Promise<ContributionResult> {
  // Only robots fill the hidden field. They are told it worked, so they have
  // no reason to try again differently.
  if (typeof input.website === "string" && input.website.trim() !== "") return { ok: true, id: null };

  const parsed = contributionSchema.safeParse(input);
  if (!parsed.success) return invalid("请检查标出的内容", fieldErrorsOf(parsed.error));
  const data = parsed.data;

  // A file input left empty still sends one nameless, empty file.
  const pictures = files.filter((f) => f.size > 0 || (f instanceof File && f.name !== ""));
  const fileProblem = checkFiles(pictures);
  if (fileProblem) return invalid(fileProblem, { images: fileProblem });

  // Checked before the pictures are processed, which is the expensive part.
  const verdict = await checkContributionLimit(ip);
  if (!verdict.allowed) return { ok: false, code: "rate-limited", message: verdict.message, fieldErrors: {} };

  const imageIds: number[] = [];
  for (const [i, file] of pictures.entries()) {
    const result = await processImageUpload(file, { keyPrefix: "contributions", avif: false, alt: data.title });
    if (!result.ok) {
      const message = `${pictureLabel(file, i, pictures.length)}：${result.error}`;
      return invalid(message, { images: message });
    }
    imageIds.push(result.image.id);
  }

  const created = await db.$transaction(async (tx) => {
    const row = await tx.submission.create({
      data: { name: data.name, contact: data.contact, title: data.title, body: data.body, imageIds: imageIds.join(","), ip },
      select: { id: true },
    });
    await recordContribution(ip, tx);
    return row;
  });
  return { ok: true, id: created.id };
}

function checkFiles(files: Blob[]): string | null {
  if (files.length > MAX_CONTRIBUTION_IMAGES) return `最多只能上传${MAX_CONTRIBUTION_IMAGES}张图片`;
  const index = files.findIndex((f) => f.size > MAX_CONTRIBUTION_IMAGE_BYTES);
  return index < 0 ? null : `${pictureLabel(files[index], index, files.length)}：图片不能超过10MB`;
}

/** 「第2张图片（IMG_0412.jpg）」, or just 「图片」 when there is one without a name. */
function pictureLabel(file: Blob, index: number, count: number): string {
  const name = file instanceof File && file.name ? `（${file.name.slice(0, 40)}）` : "";
  return `${count > 1 ? `第${index + 1}张图片` : "图片"}${name}`;
}

function invalid(message: string, fieldErrors: Record<string, string>): ContributionResult {
  return { ok: false, code: "invalid", message, fieldErrors };
}
