import { createDecipheriv, createPublicKey, hkdfSync, verify } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import type { TestSubscriber } from "./push-service";

// What a browser does with a Web Push message, written out from the RFCs
// with node:crypto only, so the test does not trust the sender's library to
// check itself.

/**
 * RFC 8291 (Message Encryption for Web Push) over RFC 8188 (aes128gcm):
 * header = salt(16) | record size(4) | idlen(1) | keyid = sender's public key;
 * ECDH with the subscriber's private key, two HKDF-SHA-256 steps (auth secret,
 * then salt) to the content key and nonce, AES-128-GCM, then the padding
 * delimiter 0x02 of the last record.
 */
export function decryptPush(body: Buffer, subscriber: TestSubscriber): string {
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const idLength = body[20];
  const senderPublic = body.subarray(21, 21 + idLength);
  const record = body.subarray(21 + idLength);
  if (record.length > recordSize) throw new Error("一条消息超过一个记录");

  const ecdhSecret = subscriber.ecdh.computeSecret(senderPublic);
  const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), subscriber.ecdh.getPublicKey(), senderPublic]);
  const ikm = Buffer.from(hkdfSync("sha256", ecdhSecret, subscriber.authSecret, keyInfo, 32));
  const cek = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: aes128gcm\0"), 16));
  const nonce = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: nonce\0"), 12));

  const decipher = createDecipheriv("aes-128-gcm", cek, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error("缺少最后一个记录的分隔符 0x02");
  return padded.subarray(0, end).toString("utf8");
}

/**
 * RFC 8292 (VAPID): `Authorization: vapid t=<JWT>, k=<public key>`; the JWT
 * is ES256-signed by that key and names the push service's origin as `aud`.
 * Returns the JWT's claims once the signature checks out.
 */
export function verifyVapid(headers: IncomingHttpHeaders): { aud: string; sub: string; exp: number; k: string } {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(headers.authorization ?? "");
  if (!match) throw new Error(`不是 VAPID 授权头: ${headers.authorization}`);
  const [, token, k] = match;
  const [head, claims, signature] = token.split(".");
  const point = Buffer.from(k, "base64url");
  const key = createPublicKey({
    key: { kty: "EC", crv: "P-256", x: point.subarray(1, 33).toString("base64url"), y: point.subarray(33, 65).toString("base64url") },
    format: "jwk",
  });
  const signed = verify("sha256", Buffer.from(`${head}.${claims}`), { key, dsaEncoding: "ieee-p1363" }, Buffer.from(signature, "base64url"));
  if (!signed) throw new Error("VAPID 签名无效");
  return { ...JSON.parse(Buffer.from(claims, "base64url").toString("utf8")), k };
}
