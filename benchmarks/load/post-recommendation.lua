-- wrk script: POST the demo plan to /api/recommendations with a bearer token from the TOKEN environment variable.
dofile("benchmarks/load/percentiles.lua")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
local f = assert(io.open(os.getenv("PLAN"), "r"))
wrk.body = f:read("*a")
f:close()
