import type { CorrectionView } from "@/lib/view-types";

/** A correction as one sentence, the way the page, the JSON-LD and /corrections word it. */
export function correctionText({ wrong, corrected }: Pick<CorrectionView, "wrong" | "corrected">): string {
  return `本文原稿中“${wrong}”有误，应为“${corrected}”。`;
}
