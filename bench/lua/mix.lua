-- Mixed traffic for the warm-up and the soak. BENCH_MIX weighs the kinds of request, such as
-- "get=90,patch=8,put=2" (the patches take the three formats in turn); BENCH_DELAY_MS, when set,
-- makes every connection wait that long before each request, which holds the rate at about
-- connections * 1000 / BENCH_DELAY_MS requests per second.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")

local patches = { patch_fusionauth_request, patch_merge_request, patch_json_patch_request }
local kinds = { get = { get_request }, put = { put_request }, patch = patches }

-- A hundred slots in the proportions of BENCH_MIX, spread out rather than in blocks.
local slots = {}
local weights = {}
local total = 0
for name, weight in string.gmatch(os.getenv("BENCH_MIX") or "get=90,patch=8,put=2", "(%a+)=(%d+)") do
  if not kinds[name] then
    error("BENCH_MIX names an unknown kind of request: " .. name)
  end
  table.insert(weights, { name = name, weight = tonumber(weight), credit = 0 })
  total = total + tonumber(weight)
end
for _ = 1, 100 do
  local best
  for _, w in ipairs(weights) do
    w.credit = w.credit + w.weight
    if not best or w.credit > best.credit then
      best = w
    end
  end
  best.credit = best.credit - total
  table.insert(slots, best.name)
end

local delay_ms = tonumber(os.getenv("BENCH_DELAY_MS") or "")
if delay_ms and delay_ms > 0 then
  function delay()
    return delay_ms
  end
end

local count = 0
local turns = { get = 0, put = 0, patch = 0 }

function request()
  count = count + 1
  local kind = slots[(count - 1) % #slots + 1]
  local makers = kinds[kind]
  turns[kind] = turns[kind] + 1
  return makers[(turns[kind] - 1) % #makers + 1]()
end
