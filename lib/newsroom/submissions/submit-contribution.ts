import "server-only";
import { serializableTransaction } from "@/lib/db/serializable";
import { processImageUpload } from "@/lib/media/process-upload";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { contributionSchema, MAX_CONTRIBUTION_IMAGE_BYTES, MAX_CONTRIBUTION_IMAGES } from "@/lib/validation/submission";
import { honeypotAnswer, invalid, rateLimited, type IntakeResult } from "../public-intake";
import { checkContributionLimit, recordContribution } from "./contribution-limit";

export type ContributionResult = IntakeResult;

export type ContributionContext = { ip: string; files?: Blob[] };

/**
 * Stores a reader's contribution for the newsroom's inbox. The body is kept
 * as the plain text the reader typed; it only becomes HTML, escaped, when an
 * editor turns it into a draft. Nothing is written unless the whole
 * contribution, pictures included, is acceptable.
 */
export async function submitContribution(input: Record<string, unknown>, { ip, files = [] }: ContributionContext): Promise<ContributionResult> {
  const robot = honeypotAnswer(input);
  if (robot) return robot;

  const parsed = contributionSchema.safeParse(input);
  if (!parsed.success) return invalid("请检查标出的内容", fieldErrorsOf(parsed.error));
  const data = parsed.data;

  // A file input left empty still sends one empty file (whose name arrives
  // as "" or not at all, depending on how the form was encoded): an empty
  // file is never a picture.
  const pictures = files.filter((f) => f.size > 0);
  const fileProblem = checkFiles(pictures);
  if (fileProblem) return invalid(fileProblem, { images: fileProblem });

  // Checked before the pictures are processed, which is the expensive part.
  const verdict = await checkContributionLimit(ip);
  if (!verdict.allowed) return rateLimited(verdict);

  const imageIds: number[] = [];
  for (const [i, file] of pictures.entries()) {
    const result = await processImageUpload(file, { keyPrefix: "contributions", avif: false, alt: data.title });
    if (!result.ok) {
      const message = `${pictureLabel(file, i, pictures.length)}：${result.error}`;
      return invalid(message, { images: message });
    }
    imageIds.push(result.image.id);
  }

  // Checked again where the submission is written, at SERIALIZABLE: of many
  // sent at once from one address, only as many as the limit allows get in.
  const created = await serializableTransaction(async (tx) => {
    const final = await checkContributionLimit(ip, Date.now(), tx);
    if (!final.allowed) return final;
    const row = await tx.submission.create({
      data: { name: data.name, contact: data.contact, title: data.title, body: data.body, imageIds: imageIds.join(","), ip },
      select: { id: true },
    });
    await recordContribution(ip, tx);
    return row;
  });
  if ("allowed" in created) return { ok: false, code: "rate-limited", message: created.message, fieldErrors: {} };
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
