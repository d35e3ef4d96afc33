-- wrk script for make load: a crawler's walk through many initiative pages (the paths of LOAD_PATHS_FILE), so
-- that nearly every request is a first view: each thread walks its own part of the list from a point that
-- differs per run, and the list is longer than what the portal keeps. One line as .ci/load-report.lua writes.
local paths = {}
for line in io.lines(os.getenv("LOAD_PATHS_FILE")) do paths[#paths + 1] = line end
local threads = 0

function setup(thread)
  if threads == 0 then math.randomseed(os.time()) end
  threads = threads + 1
  thread:set("turn", math.random(#paths) + threads * math.floor(#paths / 2))
end

function request()
  turn = turn + 1
  return wrk.format("GET", paths[(turn % #paths) + 1])
end

function done(summary, latency, requests)
  local failed = summary.errors.status + summary.errors.connect + summary.errors.timeout + summary.errors.read
  io.write(string.format("RESULT %.1f %.2f %.2f %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000, failed))
end
