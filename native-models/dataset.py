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
test checks that byte for byte. `scene_batch` is the training form of the same data: each scene's
objects once (in stored order), and per question the row of that block each referent slot takes.
"""

import gzip
import json
import os

import numpy as np
import torch

from tokenizer import UNK_ID

ARRAYS = ["scene_points", "object_points", "object_box", "object_label", "sample_scene", "sample_slots",
          "sample_obj_text", "sample_tokens", "sample_token_mask", "y_task", "y_target", "y_anchor",
          "y_relation", "y_metric", "y_answer", "y_distance", "y_offset"]


def open_split_file(folder, name):
    """A split's file, or its gzip twin (`name.gz`: how the committed test splits are kept small)."""
    path = os.path.join(folder, name)
    return open(path, "rb") if os.path.exists(path) else gzip.open(path + ".gz", "rb")


def load_split(folder):
    data = {}
    for name in ARRAYS:
        with open_split_file(folder, name + ".npy") as f:
            data[name] = np.load(f)
    with open_split_file(folder, "meta.json") as f:
        data["meta"] = json.loads(f.read().decode("utf-8"))
    counts = np.array([len(s["objects"]) for s in data["meta"]["scenes"]], dtype=np.int64)
    data["scene_object_count"] = counts
    data["scene_object_offset"] = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)
    order = np.argsort(data["sample_scene"], kind="stable")
    bounds = np.searchsorted(data["sample_scene"][order], np.arange(len(counts) + 1))
    data["samples_of_scene"] = [order[bounds[s]:bounds[s + 1]] for s in range(len(counts))]
    return data


# Enough rows for the referent graph's k nearest neighbours even in a scene of few objects.
MIN_SCENE_ROWS = 16


def scene_batch(data, scene_rows, sample_rows, rng=None, word_dropout=0.0):
    """Torch tensors for questions `sample_rows` about scenes `scene_rows` (every sample's scene
    must be among them): scene blocks padded to one more row than the largest scene (the padding
    row every empty slot points at; MIN_SCENE_ROWS at least), the per-question slot index into its
    scene's block, and the targets. With `rng`, each scene is turned about the vertical axis by a
    random angle (`augment`), and with `word_dropout` too, words are hidden (`drop_words`)."""
    scene_rows = np.asarray(scene_rows)
    sample_rows = np.asarray(sample_rows)
    counts = data["scene_object_count"][scene_rows]
    rows_per_scene = max(int(counts.max()) + 1, MIN_SCENE_ROWS)
    n_scenes = len(scene_rows)
    obj_points = np.zeros((n_scenes, rows_per_scene) + data["object_points"].shape[1:], np.float32)
    obj_box = np.zeros((n_scenes, rows_per_scene, data["object_box"].shape[1]), np.float32)
    obj_label = np.zeros((n_scenes, rows_per_scene), np.int64)
    obj_mask = np.zeros((n_scenes, rows_per_scene), np.float32)
    for i, s in enumerate(scene_rows):
        lo, n = data["scene_object_offset"][s], data["scene_object_count"][s]
        obj_points[i, :n] = data["object_points"][lo:lo + n]
        obj_box[i, :n] = data["object_box"][lo:lo + n]
        obj_label[i, :n] = data["object_label"][lo:lo + n]
        obj_mask[i, :n] = 1
    scene_points = data["scene_points"][scene_rows].astype(np.float32)
    local = {int(s): i for i, s in enumerate(scene_rows)}
    sample_scene = np.array([local[int(s)] for s in data["sample_scene"][sample_rows]], np.int64)
    slots = data["sample_slots"][sample_rows]
    offsets = data["scene_object_offset"][data["sample_scene"][sample_rows]][:, None]
    index = np.where(slots >= 0, slots - offsets, rows_per_scene - 1)
    batch = {
        "scene_obj_points": obj_points,
        "scene_obj_box": obj_box,
        "scene_obj_label": obj_label,
        "scene_obj_mask": obj_mask,
        "scene_points": scene_points,
        "sample_scene": sample_scene,
        "sample_index": index.astype(np.int64),
        "obj_mask": (slots >= 0).astype(np.float32),
        "obj_text": data["sample_obj_text"][sample_rows].astype(np.float32),
        "tokens": data["sample_tokens"][sample_rows].astype(np.int64),
        "token_mask": data["sample_token_mask"][sample_rows].astype(np.float32),
    }
    out = {k: torch.from_numpy(v) for k, v in batch.items()}
    out.update(targets(data, sample_rows))
    if rng is not None:
        augment(out, rng.uniform(0.0, 2.0 * np.pi, size=n_scenes))
        if word_dropout > 0:
            if "droppable" not in data:
                data["droppable"] = droppable_words(data["meta"]["vocabulary"])
            drop_words(out, rng, word_dropout, data["droppable"])
    return out


def droppable_words(vocabulary):
    """Per vocabulary id, whether word dropout may hide it: words, not numbers or special tokens."""
    return np.array([i > UNK_ID and not w.isdigit() for i, w in enumerate(vocabulary)])


def drop_words(batch, rng, p, droppable):
    """Word dropout, in place: each word no referent links to (obj_text) becomes <unk> with
    probability p. Held-out phrasings use verbs training never saw ("Bring X over beside Y"), which
    reach the model as <unk>; trained on known words only, the task head read such instructions as
    other tasks. Linked words (labels, colours) and numbers stay: they carry referents and metres."""
    tokens = batch["tokens"]
    linked = batch["obj_text"].sum(1) > 0  # [B, T]
    hide = (torch.from_numpy(rng.random(tuple(tokens.shape)) < p) & torch.from_numpy(droppable)[tokens]
            & ~linked & (batch["token_mask"] > 0))
    tokens[hide] = UNK_ID


def rotate_xy(xy, angle):
    """Turn the last axis' first two channels by `angle` (broadcast over the leading axes)."""
    c, s = torch.cos(angle), torch.sin(angle)
    x, y = xy[..., 0].clone(), xy[..., 1].clone()
    xy[..., 0] = c * x - s * y
    xy[..., 1] = s * x + c * y


def augment(batch, angles):
    """Turn every scene of a batch about the vertical axis through its centre (in place).

    Everything spatial turns together, so every label stays true: object and scene points, box
    centres, box yaw (sin/cos), and the layout offsets; sizes are in the box's own frame and the
    anchor-frame relations (left of, in front of) turn with their anchors. Distances do not change.
    Without it the model learns the 320 training rooms' orientations by heart (validation loss
    rose after a third of a run)."""
    a = torch.as_tensor(angles, dtype=torch.float32)
    per_object = a[:, None]
    rotate_xy(batch["scene_obj_points"], per_object[..., None])
    rotate_xy(batch["scene_obj_box"], per_object)
    rotate_xy(batch["scene_points"], per_object)
    box = batch["scene_obj_box"]
    sin, cos = box[..., 6].clone(), box[..., 7].clone()
    box[..., 6] = sin * torch.cos(per_object) + cos * torch.sin(per_object)
    box[..., 7] = cos * torch.cos(per_object) - sin * torch.sin(per_object)
    box[..., :] *= batch["scene_obj_mask"][..., None]  # padding rows stay all zero
    rotate_xy(batch["y_offset"], a[batch["sample_scene"]])


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
