"""Run rapidocr's bundled ONNX models with PyTorch on CUDA (the GPU path without onnxruntime-gpu).

onnxruntime's CUDA build is a ~300 MB wheel tied to one CUDA major version; GPU hosts usually have
PyTorch with its own CUDA libraries already. ``onnx2torch`` turns the same PP-OCRv6 ONNX graphs
(opset 11: Conv, Resize, MatMul, Softmax, ... all supported) into ``torch.nn.Module`` s, so the
models, the pre/post-processing (rapidocr's) and the text stay the same; only the runtime differs.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import numpy as np

from invoice_scanner_processing.engines.ocr.base import OcrEngineError

logger = logging.getLogger(__name__)


def torch_cuda_available() -> bool:
    """PyTorch and onnx2torch are importable and PyTorch sees a CUDA device."""
    import importlib.util

    if importlib.util.find_spec("torch") is None or importlib.util.find_spec("onnx2torch") is None:
        return False
    try:
        import torch

        return bool(torch.cuda.is_available())
    except Exception:
        return False


def explicit_same_padding(model: Any) -> Any:
    """Rewrite ``auto_pad=SAME_*`` pooling/convolution nodes with stride 1 to explicit pads.

    onnx2torch does not convert ``auto_pad``; the PP-OCRv6 stems have a 2x2 stride-1 MaxPool
    with ``SAME_UPPER`` (after a ReLU). With stride 1 the padding does not depend on the input
    size, so it can be written out: ``SAME_UPPER`` puts the odd pixel at the end.
    """
    import onnx

    for node in model.graph.node:
        if node.op_type not in {"MaxPool", "AveragePool", "Conv"}:
            continue
        attrs = {a.name: a for a in node.attribute}
        auto_pad = attrs.get("auto_pad")
        if auto_pad is None or auto_pad.s not in {b"SAME_UPPER", b"SAME_LOWER"}:
            continue
        kernel = list(attrs["kernel_shape"].ints) if "kernel_shape" in attrs else None
        strides = list(attrs["strides"].ints) if "strides" in attrs else [1] * len(kernel or [])
        dilations = list(attrs["dilations"].ints) if "dilations" in attrs else [1] * len(strides)
        if kernel is None or any(stride != 1 for stride in strides):
            raise OcrEngineError(f"cannot make {node.op_type} {node.name} padding explicit")
        totals = [(k - 1) * d for k, d in zip(kernel, dilations, strict=True)]
        upper = auto_pad.s == b"SAME_UPPER"
        begins = [t // 2 if upper else t - t // 2 for t in totals]
        ends = [t - b for t, b in zip(totals, begins, strict=True)]
        node.attribute.remove(auto_pad)
        if "pads" in attrs:
            node.attribute.remove(attrs["pads"])
        node.attribute.append(onnx.helper.make_attribute("pads", begins + ends))
    return model


class TorchOnnxSession:
    """Callable like rapidocr's inference sessions: one float32 batch in, first output out."""

    def __init__(self, model_path: Path, device: str = "cuda", half: bool = False) -> None:
        try:
            import onnx
            import torch
            from onnx2torch import convert
        except ImportError as exc:
            raise OcrEngineError(
                f"the torch backend needs torch, onnx and onnx2torch: {exc}"
            ) from exc
        try:
            module = convert(explicit_same_padding(onnx.load(str(model_path))))
        except Exception as exc:
            raise OcrEngineError(f"onnx2torch cannot convert {model_path.name}: {exc}") from exc
        self._torch = torch
        self.device = torch.device(device)
        self.half = half and self.device.type == "cuda"
        module = module.eval().to(self.device)
        self.module = module.half() if self.half else module
        self.model_name = model_path.stem

    def _forward(self, input_content: np.ndarray) -> Any:
        """The model's first output for one float32 batch, on the device (call under
        ``inference_mode``)."""
        tensor = self._torch.from_numpy(np.ascontiguousarray(input_content)).to(self.device)
        out: Any = self.module(tensor.half() if self.half else tensor)
        return out[0] if isinstance(out, list | tuple) else out

    def __call__(self, input_content: np.ndarray) -> np.ndarray:
        with self._torch.inference_mode():
            return self._forward(input_content).float().cpu().numpy()

    def run_compact(
        self, input_content: np.ndarray, space_index: int | None
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """For the recogniser: the arg-max label of every output column, its probability and the
        space class's probability, reduced on the device so that only these ``lines x columns``
        arrays are copied back, not the ``lines x columns x classes`` output (18,710 classes:
        about 27 MB for six lines of a page; the copy and a CPU arg-max over it took most of a
        page's time on the GPU)."""
        with self._torch.inference_mode():
            out = self._forward(input_content)
            prob, idx = out.max(dim=2)
            space = None if space_index is None else out[:, :, space_index].float().cpu().numpy()
            return idx.cpu().numpy(), prob.float().cpu().numpy(), space

    # rapidocr asks sessions for an embedded dictionary; the rec dictionary was already read
    # from the ONNX metadata by the CPU session this one replaces.
    def have_key(self, key: str = "character") -> bool:
        return False

    def providers(self) -> list[str]:
        return ["CUDAExecutionProvider" if self.device.type == "cuda" else "CPUExecutionProvider"]
