#!/usr/bin/env bash
# Runs the whole test suite under several process time zones. The results of
# the date helpers must not depend on TZ; test/tz-guard.test.ts checks that
# each zone really took effect.
set -euo pipefail
cd "$(dirname "$0")/.."
zones=(UTC Pacific/Kiritimati Pacific/Pago_Pago Asia/Kathmandu America/St_Johns Australia/Lord_Howe Europe/Minsk America/New_York)
for zone in "${zones[@]}"; do
  echo "== TZ=$zone"
  TZ="$zone" EXPECTED_TZ="$zone" npx vitest run --typecheck.enabled=false --reporter=dot
done
