-- PATCH with Content-Type application/json: FusionAuth's merge.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
request = patch_fusionauth_request
