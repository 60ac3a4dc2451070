-- wrk script for scripts/bench: one request shape per run, set from the
-- environment, and one machine-readable line at the end.
--
--   BENCH_METHOD  GET (default) or POST
--   BENCH_BODY    the form body of a POST
--   BENCH_COOKIE  the value of the Cookie header, if any
--   BENCH_GZIP    1: send Accept-Encoding: gzip, as browsers do
--
-- A POST is sent as a browser sends its own form post: a form content type and
-- Sec-Fetch-Site: same-origin. There is no response() hook on purpose: it would
-- cost wrk CPU on every response, and wrk shares the two cores with the server.
-- wrk counts a status >= 400 as an error; scripts/bench checks each request's
-- exact status with curl before and after its run.

local method = os.getenv("BENCH_METHOD") or "GET"
local body = os.getenv("BENCH_BODY")
local cookie = os.getenv("BENCH_COOKIE")
local gzip = os.getenv("BENCH_GZIP")

wrk.method = method
if cookie and cookie ~= "" then
  wrk.headers["Cookie"] = cookie
end
if gzip == "1" then
  wrk.headers["Accept-Encoding"] = "gzip"
end
if method == "POST" then
  wrk.body = body or ""
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  wrk.headers["Sec-Fetch-Site"] = "same-origin"
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout + e.status
  io.write(string.format(
    "BENCH requests=%d seconds=%.3f p50_us=%d p99_us=%d max_us=%d errors=%d\n",
    summary.requests, summary.duration / 1e6,
    latency:percentile(50), latency:percentile(99), latency.max,
    errors))
end
