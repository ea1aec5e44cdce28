-- GET /api/integration. The request is the same every time, so wrk builds it once.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
wrk.method = "GET"
