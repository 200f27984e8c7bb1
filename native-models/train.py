"""Train the spatial model on tensors from `prepare-data.ts`, then export ONNX + manifest.

  /usr/bin/python3 native-models/train.py --data DIR [--out native-models/model] [--minutes 5]
      [--steps N] [--batch 16] [--seed 0] [--no-export]

Training stops at --steps or --minutes, whichever comes first, keeping the checkpoint with the
best validation loss. Threads are capped (the build machines are shared).
"""

import argparse
import json
import os
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dataset import assemble, load_split, targets, to_torch  # noqa: E402
from spatial_model import INPUT_NAMES, SpatialModel  # noqa: E402


def masked_ce(logits, labels):
    keep = labels >= 0
    if not keep.any():
        return logits.sum() * 0.0
    return F.cross_entropy(logits[keep], labels[keep])


def masked_l1(pred, target, keep):
    if not keep.any():
        return pred.sum() * 0.0
    return F.smooth_l1_loss(pred[keep], target[keep], beta=0.1)


def loss_of(outputs, y):
    task, target, anchor, relation, metric, distance, offset, answer = outputs
    parts = {
        "task": masked_ce(task, y["y_task"]),
        "target": masked_ce(target, y["y_target"]),
        "anchor": masked_ce(anchor, y["y_anchor"]),
        "relation": masked_ce(relation, y["y_relation"]),
        "metric": masked_ce(metric, y["y_metric"]),
        "answer": masked_ce(answer, y["y_answer"]),
        "distance": masked_l1(distance, y["y_distance"], y["y_distance"] >= 0),
        "layout": masked_l1(offset, y["y_offset"], y["y_task"] == 4),
    }
    return sum(parts.values()), parts


def build_model(meta):
    return SpatialModel(len(meta["vocabulary"]), len(meta["labels"]), max(1, len(meta["answers"])))


def evaluate_loss(model, data, batch):
    model.eval()
    n = len(data["sample_scene"])
    total, count = 0.0, 0
    with torch.no_grad():
        for start in range(0, n, batch):
            rows = np.arange(start, min(n, start + batch))
            out = model(*[to_torch(assemble(data, rows))[k] for k in INPUT_NAMES])
            loss, _ = loss_of(out, targets(data, rows))
            total += float(loss) * len(rows)
            count += len(rows)
    model.train()
    return total / max(1, count)


def train(args):
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)
    train_data = load_split(os.path.join(args.data, "train"))
    val_dir = os.path.join(args.data, "val")
    val_data = load_split(val_dir) if os.path.isdir(val_dir) else None
    meta = train_data["meta"]
    model = build_model(meta)
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=1e-4)
    n = len(train_data["sample_scene"])
    deadline = time.time() + args.minutes * 60
    best = (float("inf"), None)
    step = 0
    history = []
    while step < args.steps and time.time() < deadline:
        rows = rng.choice(n, size=min(args.batch, n), replace=False)
        out = model(*[to_torch(assemble(train_data, rows))[k] for k in INPUT_NAMES])
        loss, parts = loss_of(out, targets(train_data, rows))
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        step += 1
        if step % args.log_every == 0 or step == args.steps:
            line = {"step": step, "loss": round(float(loss), 4), **{k: round(float(v), 3) for k, v in parts.items()}}
            if val_data is not None:
                line["val_loss"] = round(evaluate_loss(model, val_data, args.batch * 2), 4)
                if line["val_loss"] < best[0]:
                    best = (line["val_loss"], {k: v.clone() for k, v in model.state_dict().items()})
            history.append(line)
            print(json.dumps(line), flush=True)
    if best[1] is not None:
        model.load_state_dict(best[1])
    os.makedirs(args.out, exist_ok=True)
    checkpoint = os.path.join(args.out, "spatial-model.pt")
    torch.save({"state": model.state_dict(), "meta": {k: meta[k] for k in ["vocabulary", "labels", "answers"]},
                "training": {"steps": step, "batch": args.batch, "seed": args.seed, "history": history[-20:],
                             "train_samples": n, "best_val_loss": None if best[1] is None else best[0]}}, checkpoint)
    print(json.dumps({"checkpoint": checkpoint, "steps": step}), flush=True)
    return checkpoint


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", default="native-models/data")
    p.add_argument("--out", default="native-models/model")
    p.add_argument("--steps", type=int, default=1_000_000)
    p.add_argument("--minutes", type=float, default=5.0)
    p.add_argument("--batch", type=int, default=16)
    p.add_argument("--lr", type=float, default=2e-3)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--log-every", type=int, default=25)
    p.add_argument("--no-export", action="store_true")
    args = p.parse_args(argv)
    checkpoint = train(args)
    if not args.no_export:
        from export import export

        export(checkpoint, args.out)


if __name__ == "__main__":
    main()
