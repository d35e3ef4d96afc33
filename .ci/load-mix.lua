-- wrk script for make load: every path of LOAD_PATHS in turn, and every answer that is not 2xx counted
-- (a redirect counts too), besides connections that failed or timed out.
local paths = {}
for path in (os.getenv("LOAD_PATHS") or "/"):gmatch("%S+") do paths[#paths + 1] = path end
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  turn = 0
  notok = 0
end

function request()
  turn = turn + 1
  return wrk.format("GET", paths[(turn % #paths) + 1])
end

function response(status, headers, body)
  if status < 200 or status > 299 then notok = notok + 1 end
end

function done(summary, latency, requests)
  local failed = summary.errors.connect + summary.errors.timeout + summary.errors.read
  for _, thread in ipairs(threads) do failed = failed + thread:get("notok") end
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000, failed, summary.requests))
end
