-- wrk's --latency prints p50/p75/p90/p99 only; this adds the p95 the README reports (and the rest, in one line).
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("figures: %.1f req/s; p50 %.1f ms, p90 %.1f ms, p95 %.1f ms, p99 %.1f ms; %d requests, "
    .. "%d errors (non-2xx %d)\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
