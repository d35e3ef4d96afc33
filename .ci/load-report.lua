-- wrk script for make load: one line with requests/s, p50 and p99 latency in ms, and the answers that were
-- errors (4xx or 5xx) or never came (connection failures, time-outs).
function done(summary, latency, requests)
  local failed = summary.errors.status + summary.errors.connect + summary.errors.timeout + summary.errors.read
  io.write(string.format("RESULT %.1f %.2f %.2f %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000, failed))
end
