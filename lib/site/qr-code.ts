import "server-only";
import QRCode from "qrcode";

/**
 * The QR code of an address as SVG markup (scalable, a few KB, no script):
 * error correction M, which a phone reads off a screen without trouble.
 */
export async function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#1f2328", light: "#ffffff" } });
}
