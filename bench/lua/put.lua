-- PUT /api/integration with a whole document.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
request = put_request
