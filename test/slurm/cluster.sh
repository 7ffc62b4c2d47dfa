#!/usr/bin/env bash
# npm run test:slurm: precis batch on a real Slurm cluster of one node (this machine).
#
# Installs Debian's slurm-wlm and munge when missing (needs root), starts munged, slurmctld and
# slurmd on localhost from a generated slurm.conf (this machine's real CPUs and memory, free
# ports, everything in a temporary folder), submits scripts/slurm/precis-batch.sbatch as a 4-task
# array over 3,639 records, cancels one task mid-run and requeues it, merges the shards with
# `precis batch merge` and checks the result is byte-identical to one `precis batch` run. Every
# daemon and job it started is stopped at the end, whatever happens.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
started=$(date +%s)
say() { printf 'test:slurm: %s\n' "$*"; }
fail() { say "FAIL: $*"; exit 1; }

if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null || ! command -v munged >/dev/null; then
  [ "$(id -u)" -eq 0 ] || fail "slurm-wlm and munge are not installed, and installing them needs root"
  say "installing Debian's slurm-wlm and munge"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq slurm-wlm munge >/dev/null
fi
[ "$(id -u)" -eq 0 ] || fail "the test cluster runs its daemons as root"
[ -f dist/cli/index.js ] || npm run build --silent

T=$(mktemp -d "${TMPDIR:-/tmp}/precis-slurm.XXXXXX")
chmod 755 "$T" # munged's socket must be reachable
pids=()
cleanup() {
  status=$?
  set +e
  cd "$ROOT"
  if [ -f "$T/slurm.conf" ] && [ -n "${SLURM_CONF:-}" ]; then
    scancel --full --quiet --partition=precis 2>/dev/null
    for _ in $(seq 1 50); do [ -z "$(squeue -h 2>/dev/null)" ] && break; sleep 0.2; done
  fi
  for ((k = ${#pids[@]} - 1; k >= 0; k--)); do kill "${pids[k]}" 2>/dev/null; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null
  done
  # Anything a job left behind runs in the test's folder: stop it too.
  for proc in /proc/[0-9]*; do
    [ "${proc#/proc/}" = "$$" ] && continue
    case "$(readlink "$proc/cwd" 2>/dev/null)" in "$T"/*) kill -9 "${proc#/proc/}" 2>/dev/null ;; esac
  done
  if [ "$status" -ne 0 ]; then
    for log in "$T"/slurmctld.log "$T"/slurmd.log "$T"/logs/*; do [ -f "$log" ] && { echo "--- $log"; tail -n 15 "$log"; }; done
  fi
  rm -rf "$T"
  say "$( [ "$status" -eq 0 ] && echo passed || echo failed) in $(( $(date +%s) - started )) s; daemons stopped"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- the cluster -----------------------------------------------------------------------------
mkdir -p "$T/state" "$T/spool" "$T/logs" "$T/work" "$T/bin"
head -c 1024 /dev/urandom > "$T/munge.key"
chmod 400 "$T/munge.key"
munged -F -f --socket="$T/munge.socket" --key-file="$T/munge.key" --pid-file="$T/munged.pid" \
  --log-file="$T/munged.log" --seed-file="$T/munged.seed" >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 1 50); do [ -S "$T/munge.socket" ] && break; sleep 0.1; done
[ -S "$T/munge.socket" ] || fail "munged did not start"

read -r ctld_port slurmd_port < <(node -e "
const net = require('node:net');
const free = () => new Promise((r) => { const s = net.createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => r(p)); }); });
Promise.all([free(), free()]).then((p) => console.log(p.join(' ')));")
host=$(hostname -s)
# This machine as slurmd sees it: CPUs, sockets, cores, threads and RealMemory.
node_config=$(slurmd -C | head -n 1 | sed 's/^NodeName=[^ ]* //')
cat > "$T/slurm.conf" <<CONF
ClusterName=precistest
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$T/munge.socket
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$T/state
SlurmdSpoolDir=$T/spool
SlurmctldPidFile=$T/slurmctld.pid
SlurmdPidFile=$T/slurmd.pid
SlurmctldLogFile=$T/slurmctld.log
SlurmdLogFile=$T/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
KillWait=10
NodeName=$host NodeAddr=127.0.0.1 $node_config State=UNKNOWN
PartitionName=precis Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$T/slurm.conf
slurmctld -D -f "$SLURM_CONF" >"$T/logs/slurmctld.out" 2>&1 &
pids+=($!)
slurmd -D -f "$SLURM_CONF" >"$T/logs/slurmd.out" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do [ "$(sinfo -h -o %t 2>/dev/null)" = idle ] && break; sleep 0.2; done
[ "$(sinfo -h -o %t 2>/dev/null)" = idle ] || fail "the node did not become idle: $(sinfo 2>&1)"
say "one-node cluster up: $host, $node_config"

# --- the corpus and the reference ---------------------------------------------------------------
cd "$T/work"
node -e "
const fs = require('node:fs');
const sample = fs.readFileSync('$ROOT/fixtures/cnn-dev-sample.jsonl', 'utf8').split('\n').filter(Boolean);
const out = [];
for (let copy = 0; copy < 12; copy++) sample.forEach((line, i) => {
  const record = JSON.parse(line);
  out.push(JSON.stringify({ ...record, id: record.id + '#' + copy }));
  if (copy === 3 && i % 100 === 7) out.push('not json ' + i);
});
fs.writeFileSync('corpus.jsonl', out.join('\n') + '\n');"
records=$(grep -c . corpus.jsonl)
printf '#!/bin/sh\nexec node %s/dist/cli/index.js "$@"\n' "$ROOT" > "$T/bin/precis"
chmod +x "$T/bin/precis"
export PATH="$T/bin:$PATH"
set +e
precis batch --in corpus.jsonl --workers 2 --quiet > single.jsonl
s=$?
set -e
[ "$s" -eq 3 ] || fail "the single run exited $s (expected 3: the corpus has error lines)"
[ "$(wc -l < single.jsonl)" -eq "$records" ] || fail "the single run wrote $(wc -l < single.jsonl) lines for $records records"

# --- the job array ------------------------------------------------------------------------------
job=$(sbatch --parsable --array=0-3 --cpus-per-task=1 --mem=400M --time=10 --output="$T/logs/%A_%a.log" \
  --chdir="$T/work" "$ROOT/scripts/slurm/precis-batch.sbatch" corpus.jsonl out)
say "submitted job $job: 4 tasks over $records records"
state() { scontrol show job "${job}_$1" 2>/dev/null | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p' | head -n 1; }
lines_of() { [ -f "$1" ] && wc -l < "$1" || echo 0; }

# Cancel task 1 once it has written some of its lines, then requeue it.
victim=1
for _ in $(seq 1 600); do [ "$(lines_of out/shard-$victim.jsonl)" -ge 40 ] && break; sleep 0.1; done
[ "$(state $victim)" = RUNNING ] || fail "task $victim is $(state $victim), not running, at 40 lines"
scancel "${job}_$victim"
for _ in $(seq 1 200); do [ "$(state $victim)" = CANCELLED ] && [ ! -f out/shard-$victim.jsonl.lock ] && break; sleep 0.1; done
[ "$(state $victim)" = CANCELLED ] || fail "task $victim is $(state $victim) after scancel"
partial=$(lines_of out/shard-$victim.jsonl)
grep -q '"interrupted": true' out/shard-$victim.stats.json || fail "the cancelled task did not record an interrupted run"
[ -z "$(tail -c 1 out/shard-$victim.jsonl)" ] || fail "the cancelled task left a torn line"
say "task $victim cancelled mid-run with $partial lines written"
scontrol requeue "${job}_$victim"
# A requeued job waits about two minutes before it may start again; the test need not.
scontrol update JobId="${job}_$victim" StartTime=now
for _ in $(seq 1 1200); do [ -z "$(squeue -h -j "$job" 2>/dev/null)" ] && break; sleep 0.2; done
[ -z "$(squeue -h -j "$job")" ] || fail "the job did not finish: $(squeue -j "$job")"
for t in 0 1 2 3; do [ "$(state $t)" = COMPLETED ] || fail "task $t ended $(state $t)"; done
[ "$(lines_of out/shard-$victim.jsonl)" -gt "$partial" ] || fail "the requeued task added nothing"
grep -q '"attempts": 2' out/shard-$victim.stats.json || fail "the requeued task's statistics do not count 2 attempts"
ls out/*.lock >/dev/null 2>&1 && fail "lock files left behind: $(ls out/*.lock)"

# --- merge and compare ----------------------------------------------------------------------------
set +e
precis batch merge out/shard-0.jsonl out/shard-2.jsonl out/shard-3.jsonl > /dev/null 2> incomplete.txt
s=$?
set -e
[ "$s" -eq 4 ] || fail "merging 3 of 4 shards exited $s, not 4"
grep -q 'shard 1/4 missing' incomplete.txt || fail "merging 3 of 4 shards said: $(cat incomplete.txt)"
precis batch merge --stats-json merged.stats.json out/shard-*.jsonl > all.jsonl 2> merge.txt || fail "merge failed: $(cat merge.txt)"
cmp all.jsonl single.jsonl || fail "the merged shards differ from the single run"
node -e "
const s = require('./merged.stats.json');
const ok = s.shards === 4 && s.records === $records && s.errors === 3 && s.perShard.reduce((a, p) => a + p.records, 0) === $records
  && s.perShard[$victim].attempts === 2 && s.secondsAllAttempts > s.seconds;
if (!ok) { console.error(JSON.stringify(s)); process.exit(1); }" || fail "the merged statistics do not add up"
say "merged: $(cat merge.txt)"
say "byte-identical to the single run: $records records, task $victim cancelled at $partial lines and requeued"
