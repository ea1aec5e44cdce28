-- PATCH with Content-Type application/json-patch+json (RFC 6902).
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
request = patch_json_patch_request
