"""Training tensors written by electron/services/model/prepare-data.ts, read back with numpy.

A split folder holds per-scene and per-object arrays once, and per-sample arrays that index into
them (so a scene's points are stored once however many questions it has):

  scene_points [S, 1024, 6] f4        object_points [O, 64, 6] f4
  object_box [O, 8] f4                object_label [O] i4
  sample_scene [N] i4                 sample_slots [N, 64] i4 (object row per referent slot, -1 pad)
  sample_obj_text [N, 64, 32] u1      sample_tokens [N, 32] i4     sample_token_mask [N, 32] f4
  y_task, y_target, y_anchor, y_relation, y_metric, y_answer [N] i4 (-1: no label)
  y_distance [N] f4 (-1: none)        y_offset [N, 3] f4 (layout target minus anchor centre)

`assemble` builds exactly the tensors TypeScript's `prepareQuery` gives the runtime; the golden
test checks that byte for byte.
"""

import json
import os

import numpy as np
import torch

ARRAYS = ["scene_points", "object_points", "object_box", "object_label", "sample_scene", "sample_slots",
          "sample_obj_text", "sample_tokens", "sample_token_mask", "y_task", "y_target", "y_anchor",
          "y_relation", "y_metric", "y_answer", "y_distance", "y_offset"]


def load_split(folder):
    data = {name: np.load(os.path.join(folder, name + ".npy")) for name in ARRAYS}
    with open(os.path.join(folder, "meta.json"), encoding="utf-8") as f:
        data["meta"] = json.load(f)
    return data


def assemble(data, rows):
    """Model inputs (numpy, batch = len(rows)) for the given sample rows."""
    rows = np.asarray(rows)
    slots = data["sample_slots"][rows]  # [B, 64]
    valid = slots >= 0
    safe = np.where(valid, slots, 0)
    obj_points = data["object_points"][safe] * valid[..., None, None]
    obj_box = data["object_box"][safe] * valid[..., None]
    obj_label = np.where(valid, data["object_label"][safe], 0).astype(np.int32)
    return {
        "obj_points": obj_points.astype(np.float32),
        "obj_box": obj_box.astype(np.float32),
        "obj_label": obj_label,
        "obj_mask": valid.astype(np.float32),
        "obj_text": data["sample_obj_text"][rows].astype(np.float32),
        "scene_points": data["scene_points"][data["sample_scene"][rows]].astype(np.float32),
        "tokens": data["sample_tokens"][rows].astype(np.int32),
        "token_mask": data["sample_token_mask"][rows].astype(np.float32),
    }


def targets(data, rows):
    rows = np.asarray(rows)
    out = {}
    for name in ["y_task", "y_target", "y_anchor", "y_relation", "y_metric", "y_answer"]:
        out[name] = torch.from_numpy(data[name][rows].astype(np.int64))
    out["y_distance"] = torch.from_numpy(data["y_distance"][rows].astype(np.float32))
    out["y_offset"] = torch.from_numpy(data["y_offset"][rows].astype(np.float32))
    return out


def to_torch(inputs):
    return {k: torch.from_numpy(v) for k, v in inputs.items()}
