"""Training's grouped forward (stages 1-3 once per scene, rows gathered per question) computes what
the exported per-question forward computes, so the model trained one way is the model run the other.

  /usr/bin/python3 -m unittest discover -s native-models -p 'test_*.py'
"""

import os
import sys
import unittest

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from dataset import assemble, load_split, scene_batch, to_torch  # noqa: E402
from spatial_model import INPUT_NAMES, OUTPUT_NAMES, STAGES  # noqa: E402
from train import build_model, run_batch  # noqa: E402

SPLIT = os.path.join(HERE, "golden", "split")


class GroupedForward(unittest.TestCase):
    def check(self, stages):
        torch.manual_seed(3)
        data = load_split(SPLIT)
        model = build_model(data["meta"], stages).eval()
        rows = np.arange(len(data["sample_scene"]))
        scenes = np.unique(data["sample_scene"])
        with torch.no_grad():
            single = model(*[to_torch(assemble(data, rows))[k] for k in INPUT_NAMES])
            grouped, _ = run_batch(model, data, scenes, rows, "cpu")
        used = int((data["sample_slots"][rows] >= 0).sum(1).max())
        mask = torch.from_numpy((data["sample_slots"][rows, :used] >= 0).astype(np.float32))
        for name, a, b in zip(OUTPUT_NAMES, single, grouped):
            if name in ("target_logits", "anchor_logits"):
                # training drops the slots no sample uses; the ones left must score alike
                self.assertEqual(b.shape[1], used)
                a, b = a[:, :used] * mask, b * mask
            self.assertLess(float((a - b).abs().max()), 1e-4, f"{name} with stages {stages}")

    def test_full_model(self):
        self.check(STAGES)

    def test_each_ablation(self):
        for drop in STAGES:
            self.check(tuple(s for s in STAGES if s != drop))

    def test_unknown_stage_is_refused(self):
        data = load_split(SPLIT)
        with self.assertRaises(ValueError):
            build_model(data["meta"], ("intra", "global"))


class Augmentation(unittest.TestCase):
    def test_turning_a_scene_turns_every_spatial_quantity_together(self):
        data = load_split(SPLIT)
        rows = np.arange(len(data["sample_scene"]))
        scenes = np.unique(data["sample_scene"])
        plain = scene_batch(data, scenes, rows)
        turned = scene_batch(data, scenes, rows, np.random.default_rng(5))
        angle = float(np.random.default_rng(5).uniform(0.0, 2.0 * np.pi, size=len(scenes))[0])
        c, s = np.cos(angle), np.sin(angle)

        def turn(xy):
            return np.stack([c * xy[..., 0] - s * xy[..., 1], s * xy[..., 0] + c * xy[..., 1]], -1)

        mask = plain["scene_obj_mask"][0].numpy() > 0
        box, box_t = plain["scene_obj_box"][0].numpy()[mask], turned["scene_obj_box"][0].numpy()[mask]
        np.testing.assert_allclose(box_t[:, :2], turn(box[:, :2]), atol=1e-5)
        np.testing.assert_allclose(box_t[:, 2:6], box[:, 2:6], atol=1e-6)  # height and sizes stay
        yaw, yaw_t = np.arctan2(box[:, 6], box[:, 7]), np.arctan2(box_t[:, 6], box_t[:, 7])
        np.testing.assert_allclose(np.cos(yaw_t - yaw - angle), 1.0, atol=1e-5)
        np.testing.assert_allclose(turned["scene_points"][0, :, :2].numpy(),
                                   turn(plain["scene_points"][0, :, :2].numpy()), atol=1e-4)
        np.testing.assert_allclose(turned["scene_obj_points"][0, :, :, :2].numpy(),
                                   turn(plain["scene_obj_points"][0, :, :, :2].numpy()), atol=1e-5)
        np.testing.assert_allclose(turned["y_offset"][:, :2].numpy(), turn(plain["y_offset"][:, :2].numpy()), atol=1e-5)
        np.testing.assert_array_equal(turned["scene_points"][0, :, 2:].numpy(), plain["scene_points"][0, :, 2:].numpy())
        self.assertFalse(np.allclose(box_t[:, :2], box[:, :2]))  # it did turn


if __name__ == "__main__":
    unittest.main()
