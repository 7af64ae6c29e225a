-- wrk script of the send benchmark (benchmarks/run.sh, phase sends): POST /v23.0/<number>/messages with a valid
-- text message (docs/messages.md), the same requests for every server.
--
--   wrk … -s sends.lua http://127.0.0.1:PORT -- FIRST_NUMBER COUNT RUN
--
-- Each request goes from the next of COUNT fixture numbers (FIRST_NUMBER, FIRST_NUMBER + 1, …; run.sh writes them
-- in a fixtures file) to a recipient no other request to that server has, so WhatsApp's rules that wamock applies per
-- business number (80 sends a second, 130429) and per recipient (the pair limit, 131056) never refuse a send: at
-- 40 000 req/s and 1 000 numbers each number sends 40 a second. A refusal would be a 400, which run.sh counts as a
-- broken run. Recipients are 13 digits: 1555, RUN (one digit: each wrk run on one server its own), the wrk thread,
-- 7 digits of the thread's counter; so every body has the same length.

local counter = 0
local threads = 0

-- thread_id is a global of each thread's own Lua state, set here (a local of that name would hide it)
function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

function init(args)
  -- the number's 15 digits as a prefix and 5 digits: Lua's numbers would print 1e+14
  first = args[1] or "100000000000000"
  count = tonumber(args[2] or "1")
  run = tonumber(args[3] or "0") % 10
  prefix = string.sub(first, 1, #first - 5)
  base = tonumber(string.sub(first, #first - 4))
  wrk.method = "POST"
  wrk.headers["Authorization"] = "Bearer fake-token"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  counter = counter + 1
  local number = prefix .. string.format("%05d", base + counter % count)
  local to = string.format("1555%d%d%07d", run, thread_id % 10, counter % 10000000)
  local body = '{"messaging_product":"whatsapp","to":"' .. to .. '","type":"text","text":{"body":"benchmark send"}}'
  return wrk.format(nil, "/v23.0/" .. number .. "/messages", nil, body)
end
