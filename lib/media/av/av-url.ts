// Public URL of a stored audio/video/subtitle file (served by
// app/media/av/[name]/route.ts). Pure: components use it.
export function avUrl(fileName: string): string {
  return `/media/av/${fileName}`;
}
