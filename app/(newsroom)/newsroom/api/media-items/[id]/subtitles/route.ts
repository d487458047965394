import { runNewsroomUpload } from "@/lib/actions/newsroom-upload";
import { MAX_SUBTITLES_BYTES, SUBTITLE_ERRORS } from "@/lib/media/av/process-subtitles";
import { attachSubtitles } from "@/lib/newsroom/media/attach-media-files";

// The WebVTT subtitles of a 视听 item: the request body is the .vtt file.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return runNewsroomUpload(request, (await params).id, { bytes: MAX_SUBTITLES_BYTES, message: SUBTITLE_ERRORS.tooLarge }, attachSubtitles);
}
