#!/usr/bin/env bash
# One short OCR check on a GPU machine without network (the H200 device; see scripts/gpu/).
#
# Prepared here first:  scripts/gpu/fetch_wheels.sh   (fills .whl/ and bench/data/gpu-pages/)
# Then, on the device:  bash scripts/gpu_check.sh      (carry: .whl, bench/data/gpu-pages)
#
# It installs the carried wheels into /tmp/site (the image's PyTorch, CUDA, onnx, numpy and
# OpenCV are used as they are), reads one page with OCR_DEVICE=gpu to show the engine and
# gpu_used, then runs bench.ocr on the carried pages on the GPU a page at a time, batched (the
# GPU defaults) and batched in float16, a sweep of page batch sizes and of engine processes
# sharing the GPU (scripts/gpu/batch_sweep.py), and, for comparison, bench.ocr on the machine's
# CPU. Results: $OUT/ocr-gpu-page.json, ocr-gpu.json, ocr-gpu-half.json, gpu-sweep.json,
# ocr-cpu.json (or /tmp/gpu-out without $OUT).
set -uo pipefail
cd "$(dirname "$0")/.."
out=${OUT:-/tmp/gpu-out}
mkdir -p "$out"
export PYTHONUNBUFFERED=1 PADDLE_PDX_DISABLE_MODEL_SOURCE_CHECK=True
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade \
    --target /tmp/site .whl/*.whl || { echo "wheel install failed"; exit 1; }
export PYTHONPATH=/tmp/site:$PWD/invoice.scanner.common/src:$PWD/invoice.scanner.processing/src:$PWD

nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader || true
python3 - <<'PY'
import importlib.util, platform
import torch
print("python", platform.python_version(), "torch", torch.__version__, "cuda", torch.version.cuda,
      "available", torch.cuda.is_available())
if importlib.util.find_spec("onnxruntime"):
    import onnxruntime as ort
    print("onnxruntime", ort.__version__, ort.get_available_providers())
PY

echo "== one page, OCR_DEVICE=gpu"
OCR_DEVICE=gpu timeout 120 python3 - <<'PY'
import json, time
from pathlib import Path
from invoice_scanner_common.settings import Env
from invoice_scanner_processing.engines.ocr.factory import (
    OcrSettings, build_engine, gpu_used, worker_memory_mb)
import os
settings = OcrSettings.from_env(Env(dict(os.environ)))
t = time.perf_counter()
engine = build_engine(settings)
print(f"built {engine.name} {engine.models} device={engine.device} "
      f"backend={getattr(engine, 'backend', '?')} in {time.perf_counter() - t:.1f}s")
pages = json.loads(Path("bench/data/gpu-pages/pages.json").read_text())
image = Path("bench/data/gpu-pages") / pages[0]["image"]
for _ in range(3):
    page = engine.read_page(image, 1)
print(f"page: {len(page.lines)} lines in {page.seconds:.3f}s gpu_used={gpu_used(engine)}",
      worker_memory_mb())
try:
    import torch
    if torch.cuda.is_available():
        print(f"cuda max allocated {torch.cuda.max_memory_allocated() / 2**20:.0f} MiB")
except ImportError:
    pass
print("\n".join(line.text for line in page.lines[:8]))
PY

echo "== bench on the GPU, pages batched (the GPU defaults: 8 pages a pass, 96 lines a call)"
timeout 120 python3 -m bench.ocr --pages-json bench/data/gpu-pages/pages.json --pages 12 \
    --engines rapidocr --device gpu --timeout 110 --out "$out/ocr-gpu.json"
gpu_rc=$?
echo "== batch sweep on the GPU: 48 pages (12 x 4), page batches 1-48, float32/16, processes side by side"
OCR_DEVICE=gpu timeout 240 python3 scripts/gpu/batch_sweep.py \
    --pages-json bench/data/gpu-pages/pages.json --repeat 4 --batches 1,8,16,48 --half \
    --procs 2,4 --procs-batch 8 --out "$out/gpu-sweep.json"
echo "== bench on the GPU, batched, in float16 (OCR_HALF=1)"
OCR_HALF=1 timeout 120 python3 -m bench.ocr --pages-json bench/data/gpu-pages/pages.json \
    --pages 12 --engines rapidocr --device gpu --timeout 110 --out "$out/ocr-gpu-half.json"
echo "== bench on the GPU, a page at a time (OCR_PAGE_BATCH=1, as before batching)"
OCR_PAGE_BATCH=1 timeout 120 python3 -m bench.ocr --pages-json bench/data/gpu-pages/pages.json \
    --pages 12 --engines rapidocr --device gpu --timeout 110 --out "$out/ocr-gpu-page.json"
echo "== bench on this machine's CPU (onnxruntime, $(nproc) cores)"
timeout 100 python3 -m bench.ocr --pages-json bench/data/gpu-pages/pages.json --pages 12 \
    --engines rapidocr-ort --device cpu --timeout 90 --out "$out/ocr-cpu.json"
python3 - "$out" <<'PY'
import json, sys
from pathlib import Path
for name in ("ocr-gpu-page", "ocr-gpu", "ocr-gpu-half", "ocr-cpu"):
    try:
        report = json.loads((Path(sys.argv[1]) / f"{name}.json").read_text())
    except OSError:
        print(f"{name}: no report")
        continue
    for r in report["results"]:
        if "error" in r:
            print(f"{name}: error\n", r["error"])
        else:
            print(f"{name}: {1000 * r['mean_s']:.0f} ms/page mean, median {r['median_s']}s, "
                  f"{r['pages_per_s']} pages/s, page_batch={r['page_batch']} "
                  f"rec_batch={r['rec_batch']} half={r['half']} gpu_used={r['gpu_used']}, "
                  f"CER {r['cer']}, keys {r['key_hit_rate']}")
PY
exit $gpu_rc
