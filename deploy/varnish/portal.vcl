# The edge in front of the portal's instances (Varnish 7.1 + varnish-modules).
#   - load-balances round robin over the instances in backends.vcl, each
#     probed every 2 s, sends no request to one that stopped answering, and
#     retries a failed fetch on the next instance;
#   - caches what Next marks cacheable (Cache-Control s-maxage) and nothing
#     else: never the newsroom, /api, server-action POSTs, or any response
#     for a signed-in editor;
#   - keeps Next's rsc variants (the RSC payload of a page) apart from its HTML;
#   - stores pages gzipped and serves them gzipped or plain as asked;
#   - serves stale pages for up to a day (grace) when every instance is down;
#   - drops pages by tag on `PURGE` with an `xkey-purge: tag tag…` header,
#     from the app (EDGE_PURGE_URLS) when public content changes.
vcl 4.1;

import directors;
import std;
import xkey;

# Probe shared by every backend: the robots file is cheap and served from the cache.
probe portal_health {
  .request = "GET /robots.txt HTTP/1.1" "Host: localhost" "Connection: close";
  .interval = 2s;
  .timeout = 1s;
  .window = 3;
  .threshold = 2;
}

# backends.vcl names the instances and puts them in the `portal` director
# (round robin), in a vcl_init of its own.
include "backends.vcl";

# Who may purge: the instances (they run beside the edge, or list their
# addresses here).
acl purgers {
  "127.0.0.1";
  "::1";
}

sub vcl_recv {
  set req.backend_hint = portal.backend();

  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Forbidden"));
    }
    if (!req.http.xkey-purge) {
      return (synth(400, "xkey-purge header required"));
    }
    set req.http.n-gone = xkey.purge(req.http.xkey-purge);
    return (synth(200, "Purged " + req.http.n-gone));
  }

  # Varnish appends client.ip to X-Forwarded-For itself; the instances
  # believe it because TRUSTED_PROXIES names the edge.

  # Server-action POSTs and every other write go straight through.
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  if (req.url ~ "^/newsroom(/|\?|$)" || req.url ~ "^/api/") {
    return (pass);
  }
  # A signed-in editor never gets (or fills) a cached page.
  if (req.http.Cookie ~ "next-auth\.session-token") {
    return (pass);
  }
  # Public pages read no cookie (they are the same for every reader).
  unset req.http.Cookie;

  # Normal grace while an instance is healthy: a page past its s-maxage is
  # fetched again at once. With every instance down, serve what we have.
  if (std.healthy(req.backend_hint)) {
    set req.grace = 10s;
  }
  return (hash);
}

sub vcl_hash {
  hash_data(req.url);
  # The RSC payload and its prefetch segments are other bodies under the same
  # URL; Next also says Vary for them, but a lost Vary must never hand HTML
  # to the router or a payload to a reader.
  if (req.http.rsc) {
    hash_data("rsc");
    hash_data(req.http.next-router-prefetch);
    hash_data(req.http.next-router-segment-prefetch);
  }
  return (lookup);
}

sub vcl_backend_response {
  # Nothing personal and nothing the app marks private is kept.
  if (bereq.url ~ "^/newsroom(/|\?|$)" || bereq.url ~ "^/api/" || beresp.http.Set-Cookie ||
      !beresp.http.Cache-Control || beresp.http.Cache-Control ~ "(private|no-store|no-cache)") {
    set beresp.uncacheable = true;
    set beresp.ttl = 120s;
    return (deliver);
  }
  # Varnish takes the TTL from s-maxage (or max-age: /_next/static, media); keep a day of grace for outages
  # (vcl_recv shortens it while the instances are healthy).
  set beresp.grace = 24h;
  if (beresp.http.Content-Type ~ "^(text/|application/(json|xml|rss\+xml|javascript|manifest\+json)|image/svg)") {
    set beresp.do_gzip = true;
  }
  return (deliver);
}

# An instance that died since its last probe refuses the connection: try
# the next one (the director moves on) before the reader sees an error.
sub vcl_backend_error {
  if (bereq.retries < 2) {
    return (retry);
  }
}

sub vcl_deliver {
  if (obj.uncacheable) {
    set resp.http.X-Edge = "pass";
  } elsif (obj.hits > 0) {
    set resp.http.X-Edge = "hit";
  } else {
    set resp.http.X-Edge = "miss";
  }
  unset resp.http.xkey;
  unset resp.http.Via;
  unset resp.http.X-Varnish;
}

sub vcl_synth {
  set resp.http.Content-Type = "text/plain; charset=utf-8";
  set resp.http.Cache-Control = "no-store";
}
