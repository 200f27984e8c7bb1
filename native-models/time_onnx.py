"""Time one query of the committed ONNX model per execution provider that onnxruntime offers here.

  python3 native-models/time_onnx.py [MODEL_DIR] [--runs 200]

Used on a GPU machine to put the CUDA provider beside the CPU one (the studio's runtime is
onnxruntime-node; this is the same runtime core through Python, with the same parity inputs).
Prints one JSON line per provider: median and p95 milliseconds per query (batch 1).
"""

import argparse
import json
import os
import time

import numpy as np
import onnxruntime as ort

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("model_dir", nargs="?", default=os.path.join(HERE, "model"))
    p.add_argument("--runs", type=int, default=200)
    args = p.parse_args()
    with open(os.path.join(args.model_dir, "parity.json"), encoding="utf-8") as f:
        parity = json.load(f)
    feeds = {}
    for name, t in parity["inputs"].items():
        dtype = np.int32 if name in ("obj_label", "tokens") else np.float32
        feeds[name] = np.asarray(t["data"], dtype=dtype).reshape(t["shape"])
    expected = {n: np.asarray(t["data"], np.float32).reshape(t["shape"]) for n, t in parity["outputs"].items()}
    model = os.path.join(args.model_dir, "spatial-model.onnx")
    print(json.dumps({"available": ort.get_available_providers(), "onnxruntime": ort.__version__}), flush=True)
    for provider in ["CUDAExecutionProvider", "CPUExecutionProvider"]:
        if provider not in ort.get_available_providers():
            print(json.dumps({"provider": provider, "skipped": "not in this onnxruntime build"}), flush=True)
            continue
        options = ort.SessionOptions()
        if provider == "CPUExecutionProvider":
            options.intra_op_num_threads = 2
        started = time.perf_counter()
        session = ort.InferenceSession(model, options, providers=[provider])
        load_ms = (time.perf_counter() - started) * 1000
        outputs = session.run(None, feeds)
        error = max(float(np.abs(o - expected[n]).max()) for n, o in zip([x.name for x in session.get_outputs()], outputs))
        for _ in range(20):
            session.run(None, feeds)
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            session.run(None, feeds)
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        print(json.dumps({"provider": provider, "active": session.get_providers()[0], "load_ms": round(load_ms, 1),
                          "median_ms": round(times[len(times) // 2], 3), "p95_ms": round(times[int(len(times) * 0.95)], 3),
                          "max_abs_error_vs_pytorch": error}), flush=True)


if __name__ == "__main__":
    main()
