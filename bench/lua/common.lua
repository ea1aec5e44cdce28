-- Shared by the benchmark's wrk scripts: the API key, the request bodies, and a summary that
-- bench/run reads. The bodies keep the document small: each replaces a value, none adds members.

local key = os.getenv("BENCH_KEY")
if not key or key == "" then
  error("BENCH_KEY is not set")
end

wrk.headers["Authorization"] = key

local threads = {}

-- Gives every wrk thread its own number, so that threads send different values.
function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_number", #threads)
end

local sent = 0

-- A value that changes with every request and stays within a thousand values.
function next_value()
  sent = sent + 1
  return tostring(((thread_number or 0) * 7919 + sent) % 1000)
end

local function with(content_type)
  return { ["Authorization"] = key, ["Content-Type"] = content_type }
end

function get_request()
  return wrk.format("GET", nil, { ["Authorization"] = key })
end

-- A whole document, as PUT takes it; Kafka stays enabled so that every PATCH below applies.
function put_request()
  local body = '{"integrations":{"cleanspeak":{"enabled":false},'
    .. '"kafka":{"enabled":true,"defaultTopic":"bench-put-' .. next_value() .. '",'
    .. '"producer":{"bootstrap.servers":"127.0.0.1:9092","linger.ms":"5"}},'
    .. '"twilio":{"enabled":false}}}'
  return wrk.format("PUT", nil, with("application/json"), body)
end

-- FusionAuth's PATCH: the named member replaces the stored one.
function patch_fusionauth_request()
  local body = '{"integrations":{"kafka":{"defaultTopic":"bench-topic-' .. next_value() .. '"}}}'
  return wrk.format("PATCH", nil, with("application/json"), body)
end

-- RFC 7396: one producer entry is replaced.
function patch_merge_request()
  local body = '{"integrations":{"kafka":{"producer":{"linger.ms":"' .. next_value() .. '"}}}}'
  return wrk.format("PATCH", nil, with("application/merge-patch+json"), body)
end

-- RFC 6902: the default topic is replaced.
function patch_json_patch_request()
  local body = '[{"op":"replace","path":"/integrations/kafka/defaultTopic",'
    .. '"value":"bench-topic-' .. next_value() .. '"}]'
  return wrk.format("PATCH", nil, with("application/json-patch+json"), body)
end

-- One line for bench/run: counts, socket errors by kind, and latencies in microseconds.
-- "non2xx" is wrk's count of answers with a status of 400 or more.
function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'WRK {"requests":%d,"duration_us":%d,"bytes":%d,"non2xx":%d,'
      .. '"connect_errors":%d,"read_errors":%d,"write_errors":%d,"timeouts":%d,'
      .. '"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,"mean_us":%.1f}\n',
    summary.requests, summary.duration, summary.bytes, errors.status,
    errors.connect, errors.read, errors.write, errors.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, latency.mean))
end
