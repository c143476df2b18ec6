#!/bin/bash
# Measures start-up: runs the built server (Debug), prints seconds until /readyz answers 200, then its log.
# (Debug, one run, with the whole log: for looking at the steps. The benchmark figure in docs/benchmarks.md comes from
# `dotnet tests/FaqBot.LoadTest/bin/Release/net10.0/FaqBot.LoadTest.dll startup 5`: Release, several runs, load average.)
# Usage: tools/startup-measure.sh <repo> [--Key=Value ...]   (build first: dotnet build src/FaqBot.Server)
repo=$1; shift
dll=$repo/src/FaqBot.Server/bin/Debug/net10.0/FaqBot.Server.dll
port=$((20000 + RANDOM % 20000))
start=$(date +%s.%N)
dotnet $dll --urls=http://127.0.0.1:$port --contentRoot=$repo "$@" > /tmp/startup-run.log 2>&1 &
pid=$!
until curl -sf http://127.0.0.1:$port/readyz >/dev/null; do
  if ! kill -0 $pid 2>/dev/null; then echo "exited: $(wait $pid; echo $?)"; cat /tmp/startup-run.log; exit; fi
  sleep 0.05; done
end=$(date +%s.%N)
echo "ready after $(echo "$end - $start" | bc) s"
sleep 1; kill -TERM $pid; wait $pid; echo "exit $?"
cat /tmp/startup-run.log
