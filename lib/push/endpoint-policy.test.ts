import { describe, expect, it } from "vitest";
import { endpointProblem, isPublicAddress } from "./endpoint-policy";
import { publicOnlyLookup } from "./safe-lookup";

describe("which push endpoints the server will call", () => {
  it("tells public addresses from loopback, private, link-local and reserved ones", () => {
    for (const a of ["8.8.8.8", "142.250.72.10", "2607:f8b0:4005:80b::200a"]) expect(isPublicAddress(a), a).toBe(true);
    for (const a of ["127.0.0.1", "10.0.0.1", "172.20.1.1", "192.168.0.10", "169.254.169.254", "100.64.0.1", "0.0.0.0", "255.255.255.255", "::1", "::", "fd00::1", "fe80::1", "::ffff:127.0.0.1", "not-an-ip"]) {
      expect(isPublicAddress(a), a).toBe(false);
    }
  });

  it("takes the browsers' push services and the allowlisted test origin", () => {
    expect(endpointProblem("https://fcm.googleapis.com/fcm/send/abc", [])).toBeNull();
    expect(endpointProblem("https://updates.push.services.mozilla.com/wpush/v2/abc", [])).toBeNull();
    expect(endpointProblem("https://web.push.apple.com/abc", [])).toBeNull();
    expect(endpointProblem("http://127.0.0.1:9000/ok/1", ["http://127.0.0.1:9000"])).toBeNull();
    expect(endpointProblem("http://127.0.0.1:9001/ok/1", ["http://127.0.0.1:9000"])).not.toBeNull();
    expect(endpointProblem("https://user:pw@fcm.googleapis.com/x", [])).toMatch(/用户名/);
  });

  it("refuses, when connecting, a host name that resolves to this machine (DNS rebinding)", async () => {
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => publicOnlyLookup("localhost", {}, (e) => resolve(e)));
    expect(error?.code).toBe("EPUSHADDRESS");
  });
});
