# Two commands for a newcomer: `make run` and `make test`. Everything else they need is installed here.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

RUN_PORT := 5080
RUN_PG_PORT := 55432
TEST_PG_PORT := 55433
LOCAL_CONNECTION := Host=127.0.0.1;Port=$(RUN_PG_PORT);Database=jaifportal;Username=postgres
TEST_SERVER := Host=127.0.0.1;Port=$(TEST_PG_PORT);Username=postgres
BENCH_PG_PORT := 55453
BENCH_CONNECTION := Host=127.0.0.1;Port=$(BENCH_PG_PORT);Database=jaifportal_bench;Username=postgres
BENCH_FILTER := *

.PHONY: run test build migrate generate-data bench load cluster cluster-stop chromium browser-test-deps topology-test-deps stop-db clean

## run: the portal at http://localhost:5080 with the seeded content, on a local PostgreSQL unless ConnectionStrings__Portal is set
run:
	@if [ -z "$${ConnectionStrings__Portal:-}" ]; then \
	  .ci/local-postgres start postgres $(RUN_PG_PORT); \
	  export ConnectionStrings__Portal="$(LOCAL_CONNECTION)"; \
	fi; \
	export ASPNETCORE_ENVIRONMENT="$${ASPNETCORE_ENVIRONMENT:-Development}"; \
	echo "JAIF Portal: http://localhost:$(RUN_PORT)"; \
	dotnet run --project src/JaifPortal.Web --no-launch-profile --urls "http://localhost:$(RUN_PORT)"

## test: every test (unit, integration, browser) against a throwaway local PostgreSQL unless JAIFPORTAL_TEST_SERVER is set
test: chromium browser-test-deps topology-test-deps
	@if [ -z "$${JAIFPORTAL_TEST_SERVER:-}" ]; then \
	  .ci/local-postgres start postgres-test $(TEST_PG_PORT) --throwaway; \
	  trap '.ci/local-postgres stop postgres-test' EXIT; \
	  export JAIFPORTAL_TEST_SERVER="$(TEST_SERVER)"; \
	fi; \
	mkdir -p .local; \
	dotnet build JaifPortal.sln --nologo -v quiet; \
	status=0; \
	dotnet test JaifPortal.sln --no-build --nologo -m:1 2>&1 | tee .local/test-output.txt || status=$$?; \
	awk '/^(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($$i == "Failed:") f += $$(i+1); if ($$i == "Passed:") p += $$(i+1); if ($$i == "Skipped:") s += $$(i+1) } } \
	     /^[[:space:]]+Failed [^!]/ { failed[++n] = $$0 } \
	     END { gsub(",", "", p); for (i = 1; i <= n; i++) print failed[i]; printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' .local/test-output.txt; \
	exit $$status

## build: compile everything (warnings are errors)
build:
	dotnet build JaifPortal.sln --nologo

## migrate: apply migrations and seed the database named by ConnectionStrings__Portal (what production runs before starting)
migrate:
	dotnet run --project src/JaifPortal.Web --no-launch-profile -- migrate

## generate-data: fill the database of `make run` (or ConnectionStrings__Portal) with 10,000 generated initiatives, 20,000 events and 100,000 milestones; GENERATE_ARGS="--initiatives 500 --force" to change
generate-data:
	@if [ -z "$${ConnectionStrings__Portal:-}" ]; then \
	  .ci/local-postgres start postgres $(RUN_PG_PORT); \
	  export ConnectionStrings__Portal="$(LOCAL_CONNECTION)"; \
	fi; \
	export ASPNETCORE_ENVIRONMENT="$${ASPNETCORE_ENVIRONMENT:-Development}"; \
	dotnet run --project src/JaifPortal.Web --no-launch-profile -- generate-data $(GENERATE_ARGS)

## bench: speed benchmarks (search, lists, dashboards, exports, a briefing pack) on a local PostgreSQL filled once with the full generated data set; BENCH_FILTER='*Search*' for some (docs/benchmarks.md)
bench:
	@.ci/local-postgres start postgres-bench $(BENCH_PG_PORT) --throwaway; \
	trap '.ci/local-postgres stop postgres-bench' EXIT; \
	export ConnectionStrings__Portal="$(BENCH_CONNECTION)" ASPNETCORE_ENVIRONMENT=Development; \
	dotnet run -c Release --project src/JaifPortal.Web --no-launch-profile -- generate-data --keep-existing; \
	export JAIFPORTAL_BENCH_DATABASE="$(BENCH_CONNECTION)"; \
	dotnet run -c Release --project tests/JaifPortal.Benchmarks -- --filter '$(BENCH_FILTER)'

## load: the public pages under load (docs/benchmarks.md): nginx serving a static copy, every page type with the output cache
## on and off and on the LOAD_BASELINE commit (empty for none), then 256 connections over all pages; prints the table and the ratios
LOAD_BASELINE := 6bc83bb
load:
	@.ci/load $(LOAD_BASELINE)

## cluster: the production topology on this machine (docs/operations.md): PostgreSQL primary and streaming standby, Redis,
## two Release instances in Production and nginx at https://localhost:8443, all under .local/cluster; prints an administrator's password once
cluster:
	@.ci/cluster start

## cluster-stop: stop everything `make cluster` started
cluster-stop:
	@.ci/cluster stop

## topology-test-deps: what the production topology tests start (nginx, Redis, openssl; Debian packages, installed when missing)
topology-test-deps:
	@.ci/ensure-package nginx nginx
	@.ci/ensure-package redis-server redis-server
	@.ci/ensure-package openssl openssl

## browser-test-deps: front-end packages the browser tests inject (axe-core), from npm, exactly as locked
browser-test-deps:
	@npm ci --prefix tests/JaifPortal.BrowserTests --no-audit --no-fund --loglevel=error

## chromium: the browser the browser tests drive (Debian's package; nothing downloads a browser of its own), with a
## Japanese font, so the Japanese pages (and how many sheets they print on) are laid out as a reader sees them, not in boxes
chromium:
	@if ! command -v chromium >/dev/null 2>&1 || ! fc-list :lang=ja 2>/dev/null | grep -q .; then \
	  if [ "$$(id -u)" != 0 ]; then echo "Chromium or a Japanese font is missing: sudo apt-get install chromium fonts-noto-cjk" >&2; exit 1; fi; \
	  echo "Installing Chromium and a Japanese font (Debian packages chromium, fonts-noto-cjk)..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	fi

## stop-db: stop the local PostgreSQL that `make run` started
stop-db:
	@.ci/local-postgres stop postgres

clean:
	dotnet clean JaifPortal.sln --nologo -v quiet
