import { runNewsroomUpload } from "@/lib/actions/newsroom-upload";
import { AV_UPLOAD_ERRORS, maxAvUploadBytes } from "@/lib/media/av/process-av-upload";
import { attachMediaFile } from "@/lib/newsroom/media/attach-media-files";

// The audio/video file of a 视听 item: the request body is the file, streamed to disk.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const max = maxAvUploadBytes();
  return runNewsroomUpload(request, (await params).id, { bytes: max, message: AV_UPLOAD_ERRORS.tooLarge(max / 1024 / 1024) }, (actor, id, body, ip) =>
    attachMediaFile(actor, id, body, ip, max),
  );
}
