"""Load test of the read endpoints on loopback: start ``marsad serve``'s app with uvicorn in this
process (a thread), hit the read endpoints from several client threads for a bounded time, print
requests/s and p50/p95/p99 latencies per endpoint and overall.

    python tools/web/loadtest.py --db marsad.db --seconds 20 --clients 8
    python tools/web/loadtest.py --seconds 10          # builds a temp database from the bundled sample
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

import httpx
import uvicorn

from marsad.api_server import Settings, create_app


def sample_db(folder: Path) -> Path:
    from importlib import resources

    from marsad.api import ingest
    from marsad.pipeline import Pipeline
    from marsad.resources import read_tsv
    from marsad.store import open_store

    path = folder / "sample.db"
    sample = Path(str(resources.files("marsad") / "sample"))
    store, pipeline = open_store(path), Pipeline()
    for name, published, *_ in read_tsv(sample / "manifest.tsv", min_columns=2):
        ingest([str(sample / name)], store, published=published or None, pipeline=pipeline)
    store.close()
    return path


def targets(client: httpx.Client) -> list[str]:
    """Read URLs drawn from what the database holds."""
    arts = [a["id"] for a in client.get("/articles", params={"limit": 50}).json()["items"]]
    ents = [e["id"] for e in client.get("/entities", params={"limit": 30}).json()["items"]]
    stories = [s["id"] for s in client.get("/stories", params={"limit": 20}).json()["items"]]
    urls = ["/health", "/articles?limit=20", "/entities?limit=20", "/events?limit=50", "/stories?limit=20",
            "/search?q=" + quote("فيدان"), "/search?q=" + quote("وقف إطلاق النار"), "/timeline?actors=RUS,UKR"]
    urls += [f"/articles/{a}" for a in arts[:10]] + [f"/entities/{quote(e, safe='')}" for e in ents[:10]]
    urls += [f"/stories/{s}" for s in stories[:5]] + [f"/events?actor={quote(e, safe='')}" for e in ents[:5]]
    return urls


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="database to serve (default: a temp one from the bundled sample)")
    ap.add_argument("--seconds", type=float, default=15.0)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    db = Path(args.db) if args.db else sample_db(Path(tmp.name))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(Settings(db=str(db), max_page_size=200)),
                                           host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    with httpx.Client(base_url=base) as c:
        urls = targets(c)
    lat: dict[str, list[float]] = {}
    errors = [0]
    stop = time.perf_counter() + args.seconds
    lock = threading.Lock()

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        with httpx.Client(base_url=base, timeout=30) as c:
            while time.perf_counter() < stop:
                url = rng.choice(urls)
                t0 = time.perf_counter()
                r = c.get(url)
                dt = (time.perf_counter() - t0) * 1000
                with lock:
                    lat.setdefault(url.split("?")[0].rsplit("/", 1)[0] if url.count("/") > 1 else url.split("?")[0],
                                   []).append(dt)
                    if r.status_code != 200:
                        errors[0] += 1

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(args.clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    server.should_exit = True
    every = sorted(x for v in lat.values() for x in v)

    def pct(xs: list[float], p: float) -> float:
        xs = sorted(xs)
        return xs[min(len(xs) - 1, int(p * len(xs)))]

    report = {"db": str(db), "clients": args.clients, "seconds": round(wall, 1), "requests": len(every),
              "errors": errors[0], "requests_per_s": round(len(every) / wall, 1),
              "p50_ms": round(statistics.median(every), 1), "p95_ms": round(pct(every, 0.95), 1),
              "p99_ms": round(pct(every, 0.99), 1),
              "by_endpoint": {k: {"n": len(v), "p50_ms": round(statistics.median(v), 1),
                                  "p95_ms": round(pct(v, 0.95), 1)} for k, v in sorted(lat.items())}}
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"{report['requests']} requests in {report['seconds']} s from {args.clients} clients: "
          f"{report['requests_per_s']} req/s, p50 {report['p50_ms']} ms, p95 {report['p95_ms']} ms, "
          f"p99 {report['p99_ms']} ms, {report['errors']} non-200")
    for k, v in report["by_endpoint"].items():
        print(f"  {k:<22} n={v['n']:<6} p50 {v['p50_ms']:>7} ms  p95 {v['p95_ms']:>7} ms")


if __name__ == "__main__":
    main()
