"""Export a trained checkpoint to ONNX (opset 17) with its manifest and a PyTorch parity fixture.

  /usr/bin/python3 native-models/export.py CHECKPOINT [OUT_DIR]
  /usr/bin/python3 native-models/export.py --metrics OUT_DIR TEST.json PHRASINGS.json

Writes OUT_DIR/spatial-model.onnx, OUT_DIR/spatial-model.manifest.json (inputs, outputs, vocabulary,
label set, answers, sha256, training figures) and OUT_DIR/parity.json: fixed inputs and the
PyTorch outputs the ONNX model must reproduce in Node within 1e-4.
"""

import hashlib
import json
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spatial_model import (  # noqa: E402
    INPUT_NAMES, METRICS, OUTPUT_NAMES, RELATIONS, STAGES, TASKS, SpatialModel, example_inputs,
)

OPSET = 17
MODEL_FILE = "spatial-model.onnx"
MANIFEST_FILE = "spatial-model.manifest.json"


def parity_inputs(vocab_size, label_count):
    inputs = list(example_inputs(batch=1, seed=7))
    inputs[2] = inputs[2] % label_count
    inputs[6] = inputs[6] % vocab_size
    return inputs


def load(checkpoint):
    saved = torch.load(checkpoint, map_location="cpu")
    meta = saved["meta"]
    model = SpatialModel(len(meta["vocabulary"]), len(meta["labels"]), max(1, len(meta["answers"])),
                         stages=meta.get("stages", STAGES))
    model.load_state_dict(saved["state"])
    model.eval()
    return model, saved


def export(checkpoint, out_dir):
    torch.set_num_threads(2)
    model, saved = load(checkpoint)
    meta = saved["meta"]
    os.makedirs(out_dir, exist_ok=True)
    onnx_path = os.path.join(out_dir, MODEL_FILE)
    inputs = parity_inputs(len(meta["vocabulary"]), len(meta["labels"]))
    torch.onnx.export(
        model, tuple(inputs), onnx_path, input_names=INPUT_NAMES, output_names=OUTPUT_NAMES,
        opset_version=OPSET, dynamic_axes={name: {0: "batch"} for name in INPUT_NAMES + OUTPUT_NAMES},
    )
    with torch.no_grad():
        outputs = model(*inputs)
    parity = {
        "inputs": {n: {"shape": list(t.shape), "data": t.flatten().tolist()} for n, t in zip(INPUT_NAMES, inputs)},
        "outputs": {n: {"shape": list(t.shape), "data": t.flatten().tolist()} for n, t in zip(OUTPUT_NAMES, outputs)},
    }
    with open(os.path.join(out_dir, "parity.json"), "w", encoding="utf-8") as f:
        json.dump(parity, f)
    with open(onnx_path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    manifest = {
        "name": "spatial-model",
        "format": "onnx",
        "opset": OPSET,
        "file": MODEL_FILE,
        "sha256": digest,
        "bytes": os.path.getsize(onnx_path),
        "parameters": sum(p.numel() for p in model.parameters()),
        "inputs": [{"name": n, "dtype": "int32" if n in ("obj_label", "tokens") else "float32",
                    "shape": ["batch", *list(t.shape[1:])]} for n, t in zip(INPUT_NAMES, inputs)],
        "outputs": [{"name": n, "shape": ["batch", *list(t.shape[1:])]} for n, t in zip(OUTPUT_NAMES, outputs)],
        "tasks": TASKS,
        "relations": RELATIONS,
        "metrics_classes": METRICS,
        "stages": list(model.stages),
        "vocabulary": meta["vocabulary"],
        "labels": meta["labels"],
        "answers": meta["answers"],
        "training": saved.get("training", {}),
        "metrics": saved.get("metrics", {}),
    }
    with open(os.path.join(out_dir, MANIFEST_FILE), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1)
    print(json.dumps({"onnx": onnx_path, "sha256": digest, "bytes": manifest["bytes"]}), flush=True)
    return manifest


def record_metrics(out_dir, reports):
    """Put `studio eval --json` reports (one file per split) into the manifest's `metrics`."""
    path = os.path.join(out_dir, MANIFEST_FILE)
    with open(path, encoding="utf-8") as f:
        manifest = json.load(f)
    for report in reports:
        with open(report, encoding="utf-8") as f:
            result = json.load(f)
        manifest.setdefault("metrics", {})[result["split"]] = result
    with open(path, "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1)


if __name__ == "__main__":
    # export.py CHECKPOINT [OUT_DIR]  |  export.py --metrics OUT_DIR REPORT.json...
    if sys.argv[1] == "--metrics":
        record_metrics(sys.argv[2], sys.argv[3:])
    else:
        export(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(sys.argv[1]))
