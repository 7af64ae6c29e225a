#!/usr/bin/env bash
# Measures a loaded wamock image: its size as `docker image inspect` reports it, and the time from
# `docker start` to the first 200 from /__wamock/health on the published port, over N runs (median).
# usage: measure-image.sh [image] [runs] [extra `docker create` arguments…]
set -euo pipefail
image=${1:-wamock/mock-server:0.1.0-SNAPSHOT}
runs=${2:-7}
shift $(( $# > 2 ? 2 : $# ))

size=$(docker image inspect "$image" --format '{{.Size}}')
echo "image $image: $size bytes ($(awk -v s="$size" 'BEGIN { printf "%.1f", s / 1e6 }') MB) loaded"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
times=()
for _ in $(seq 1 "$runs"); do
    id=$(docker create -p 127.0.0.1::8080 "$@" "$image")
    start=$(now_ms)
    docker start "$id" >/dev/null
    port=$(docker port "$id" 8080/tcp | head -1 | sed 's/.*://')
    until curl -fs -o /dev/null "http://127.0.0.1:$port/__wamock/health"; do
        if (( $(now_ms) - start > 30000 )); then
            echo "not healthy 30 s after start; its log:" >&2
            docker logs "$id" >&2
            docker rm -f "$id" >/dev/null
            exit 1
        fi
        sleep 0.01
    done
    times+=($(( $(now_ms) - start )))
    docker rm -f "$id" >/dev/null
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "start to healthy, $runs runs (ms): ${times[*]}; median $(( sorted[runs / 2] )) ms"
