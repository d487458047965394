// Phone, tablet or desktop, from the user agent alone (no client hints:
// in-app browsers in China rarely send them). iPads that ask for desktop
// pages say "Macintosh"; the page tells us about touch, so a touch Mac is a tablet.
export const DEVICE_CLASSES = ["phone", "tablet", "desktop"] as const;
export type DeviceClass = (typeof DEVICE_CLASSES)[number];

export const DEVICE_LABELS: Record<DeviceClass, string> = { phone: "手机", tablet: "平板", desktop: "电脑" };

export function classifyDevice(userAgent: string, touch = false): DeviceClass {
  if (/iPad|Tablet|PlayBook|Silk|Kindle/i.test(userAgent)) return "tablet";
  if (/Android/i.test(userAgent) && !/Mobile/i.test(userAgent)) return "tablet";
  if (/Mobi|iPhone|iPod|Android|HarmonyOS|Windows Phone/i.test(userAgent)) return "phone";
  if (touch && /Macintosh/.test(userAgent)) return "tablet";
  return "desktop";
}
