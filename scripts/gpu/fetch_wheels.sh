#!/usr/bin/env bash
# Prepare what scripts/gpu_check.sh needs on a GPU machine that has no network:
#   .whl/                  wheels for Python 3.12 / manylinux x86-64 that the GPU image lacks
#   bench/data/gpu-pages/  scanned benchmark pages with their reference texts (bench.ocr)
# Run here, from the repository root: scripts/gpu/fetch_wheels.sh  (both folders are git-ignored)
#
# The GPU image already has PyTorch (CUDA 13), onnx, numpy, opencv-python-headless, Pillow,
# PyYAML, requests, six and tqdm. onnxruntime-gpu is not used: its wheel (~300 MB) is far over
# the 64 MiB a device call may carry; the models run on PyTorch via onnx2torch instead.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
rm -rf .whl && mkdir -p .whl
platforms=()
for p in manylinux_2_28_x86_64 manylinux_2_27_x86_64 manylinux_2_24_x86_64 manylinux_2_17_x86_64 \
    manylinux2014_x86_64 manylinux1_x86_64; do
    platforms+=(--platform "$p")
done
"$PY" -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
    "${platforms[@]}" -d .whl \
    rapidocr==3.10.0 omegaconf==2.4.0 colorlog==6.12.0 pyclipper==1.4.0 shapely==2.2.0 \
    onnx2torch==1.5.15 pydantic==2.14.4 pydantic-core==2.50.5 annotated-types==0.8.0 \
    typing-inspection==0.4.5 python-dotenv==1.2.4
"$PY" -m bench.ocr --pages "${GPU_PAGES:-12}" --export-pages bench/data/gpu-pages
du -sh .whl bench/data/gpu-pages
ls .whl
