# The portal's instances (example for two machines; adjust the addresses).
# `npm run cluster` writes its own copy of this file for the instances it starts.
backend instance1 {
  .host = "10.0.0.11";
  .port = "3000";
  .probe = portal_health;
  .connect_timeout = 1s;
  .first_byte_timeout = 30s;
}

backend instance2 {
  .host = "10.0.0.12";
  .port = "3000";
  .probe = portal_health;
  .connect_timeout = 1s;
  .first_byte_timeout = 30s;
}

sub vcl_init {
  new portal = directors.round_robin();
  portal.add_backend(instance1);
  portal.add_backend(instance2);
}
