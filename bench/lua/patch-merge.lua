-- PATCH with Content-Type application/merge-patch+json (RFC 7396).
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
request = patch_merge_request
