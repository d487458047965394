// 在线投稿's picture limits, apart from the zod schemas so that the browser's
// form can check them without loading zod (whose eval probe a strict
// Content Security Policy reports).
export const MAX_CONTRIBUTION_IMAGES = 3;
/** Same as the newsroom's upload limit (lib/media/process-upload.ts, which is server-only). */
export const MAX_CONTRIBUTION_IMAGE_BYTES = 10 * 1024 * 1024;
